# Writes a C++ source that embeds one file as a byte array and defines a function returning it.
# Invoked at build time:
#   cmake -DINPUT=<file> -DOUTPUT=<file.cpp> -DHEADER=<header to include> -DFUNCTION=<Class::function>
#         [-DJSON=ON] -P EmbedResource.cmake
# FUNCTION is declared in HEADER, inside namespace castellan, as `std::string_view FUNCTION()`.
# Bytes rather than a string literal: ISO C++ only promises 65536 characters per literal (-Woverlength-strings).
# With JSON=ON a file CMake cannot parse as JSON fails the build instead of the server (CMake's parser forgives
# trailing commas; TestOpenApiDocument parses the document strictly).
foreach(required INPUT OUTPUT HEADER FUNCTION)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "EmbedResource.cmake: -D${required}= is required")
    endif()
endforeach()

file(READ ${INPUT} content)
if(JSON)
    string(JSON ignored ERROR_VARIABLE json_error TYPE "${content}")
    if(json_error)
        message(FATAL_ERROR "${INPUT} is not valid JSON: ${json_error}")
    endif()
endif()

file(READ ${INPUT} hex HEX)
string(LENGTH "${hex}" hex_length)
if(hex_length EQUAL 0)
    message(FATAL_ERROR "${INPUT} is empty")
endif()
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
# CMake regular expressions have no {n}: spell out the 24 bytes of a line.
string(REPEAT "0x[0-9a-f][0-9a-f]," 24 line_pattern)
string(REGEX REPLACE "(${line_pattern})" "\\1\n    " bytes "${bytes}")

get_filename_component(input_name ${INPUT} NAME)
set(out "// Generated from ${input_name} by EmbedResource.cmake. Do not edit.\n")
string(APPEND out "#include \"${HEADER}\"\n\nnamespace castellan {\nnamespace {\n\n")
string(APPEND out "const unsigned char k_bytes[] = {\n    ${bytes}\n};\n\n} // namespace\n\n")
string(APPEND out "std::string_view ${FUNCTION}()\n{\n")
string(APPEND out "    return {reinterpret_cast<const char*>(k_bytes), sizeof k_bytes};\n}\n\n")
string(APPEND out "} // namespace castellan\n")
file(WRITE ${OUTPUT}.tmp "${out}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
