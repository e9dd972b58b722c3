# Tests of common/ (otp, crypto). Vector files live under tests/data/; VectorFile.h finds them through
# CASTELLAN_SOURCE_DIR (set by CTest) and falls back to the source dir compiled in.
foreach(test IN ITEMS TestBase32 TestHotp TestTotp TestKeyUri TestOtpAlgorithm TestOtpSecret TestRandom
                      TestConstantTime TestTokenSeed)
    castellan_add_qtest(NAME ${test} SOURCES ${test}.cpp LIBS castellan_common LABELS unit)
    target_compile_definitions(${test} PRIVATE CASTELLAN_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endforeach()

# Compares against OATH Toolkit's oathtool (1,200 process runs).
castellan_add_qtest(NAME TestOathtoolCompatibility SOURCES TestOathtoolCompatibility.cpp
    LIBS castellan_common LABELS unit)
