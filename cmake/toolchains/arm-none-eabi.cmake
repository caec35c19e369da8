# Bare-metal 32-bit ARM, Cortex-M3 in Thumb mode, no operating system
# (Debian: gcc-arm-none-eabi, libnewlib-arm-none-eabi). Only the static
# library is built; .ci/run checks that it needs nothing but a few string
# functions and reports its size.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)
set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_C_FLAGS_INIT "-mcpu=cortex-m3 -mthumb -ffunction-sections -fdata-sections")
