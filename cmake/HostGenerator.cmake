# Decides how to run tools/gen_table.c, which must run on the build host.
# Sets HTTPSTATUS_GEN_COMMAND (what to run) and HTTPSTATUS_GEN_DEPENDS (what
# the generation step depends on).
#
# A native build compiles the generator as an ordinary target. A cross build
# cannot run what its compiler makes, so it either uses HTTPSTATUS_GENERATOR
# (a gen_table built for the host beforehand) or builds one with the host's
# default compiler as a separate CMake project (tools/CMakeLists.txt).

if(HTTPSTATUS_GENERATOR)
  set(HTTPSTATUS_GEN_COMMAND ${HTTPSTATUS_GENERATOR})
  set(HTTPSTATUS_GEN_DEPENDS ${HTTPSTATUS_GENERATOR})
elseif(NOT CMAKE_CROSSCOMPILING)
  add_executable(httpstatus_gen tools/gen_table.c)
  set_target_properties(httpstatus_gen PROPERTIES
    C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF OUTPUT_NAME gen_table)
  target_compile_options(httpstatus_gen PRIVATE ${HTTPSTATUS_WARNINGS})
  set(HTTPSTATUS_GEN_COMMAND $<TARGET_FILE:httpstatus_gen>)
  set(HTTPSTATUS_GEN_DEPENDS httpstatus_gen)
else()
  include(ExternalProject)
  set(_host_dir ${PROJECT_BINARY_DIR}/host-generator)
  ExternalProject_Add(httpstatus_gen_host
    SOURCE_DIR ${PROJECT_SOURCE_DIR}/tools
    BINARY_DIR ${_host_dir}
    CMAKE_ARGS -DCMAKE_BUILD_TYPE=Release
    INSTALL_COMMAND ""
    BUILD_BYPRODUCTS ${_host_dir}/gen_table
    BUILD_ALWAYS ON)
  set(HTTPSTATUS_GEN_COMMAND ${_host_dir}/gen_table)
  set(HTTPSTATUS_GEN_DEPENDS httpstatus_gen_host ${_host_dir}/gen_table)
endif()
