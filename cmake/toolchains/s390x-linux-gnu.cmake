# 64-bit big-endian IBM Z Linux (Debian: gcc-s390x-linux-gnu,
# libcmocka-dev:s390x); tests run under qemu-user. The dynamic loader is
# started explicitly: qemu-s390x 7.2 aborts ("stack smashing detected") when
# it loads the program's interpreter itself.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR s390x)
set(CMAKE_C_COMPILER s390x-linux-gnu-gcc)
set(CMAKE_LIBRARY_ARCHITECTURE s390x-linux-gnu)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-s390x -L /usr/s390x-linux-gnu
    /usr/s390x-linux-gnu/lib/ld64.so.1
    --library-path /usr/s390x-linux-gnu/lib:/usr/lib/s390x-linux-gnu)
