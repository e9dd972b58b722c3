#include "app/CastellanServer.h"

int main(int argc, char** argv)
{
    castellan::CastellanServer server;
    return server.runFromCommandLine(argc, argv);
}
