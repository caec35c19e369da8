# Install rules: headers, libraries, the CMake package (find_package(httpstatus
# CONFIG) gives httpstatus::httpstatus), a pkg-config file, the man page and
# the licence. Paths follow GNUInstallDirs.
include(CMakePackageConfigHelpers)

set(_targets)
if(TARGET httpstatus_shared)
  list(APPEND _targets httpstatus_shared)
endif()
if(TARGET httpstatus_static)
  list(APPEND _targets httpstatus_static)
endif()

install(TARGETS ${_targets} EXPORT httpstatusTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} NAMELINK_COMPONENT Development
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_SOURCE_DIR}/include/httpstatus.h
              ${PROJECT_SOURCE_DIR}/include/httpstatus_codes.h
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(_cmakedir ${CMAKE_INSTALL_LIBDIR}/cmake/httpstatus)
install(EXPORT httpstatusTargets NAMESPACE httpstatus:: DESTINATION ${_cmakedir})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/httpstatus-config.cmake.in
  ${PROJECT_BINARY_DIR}/httpstatus-config.cmake INSTALL_DESTINATION ${_cmakedir})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/httpstatus-config-version.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/httpstatus-config.cmake
              ${PROJECT_BINARY_DIR}/httpstatus-config-version.cmake
        DESTINATION ${_cmakedir})

# pkg-config: the .pc finds the prefix relative to itself (${pcfiledir}), so
# the installed tree works wherever it is put, cmake --install --prefix too.
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(HTTPSTATUS_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _up "/root/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/root")
  string(REGEX REPLACE "/$" "" _up "${_up}")
  set(HTTPSTATUS_PC_PREFIX "\${pcfiledir}/${_up}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(HTTPSTATUS_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
else()
  set(HTTPSTATUS_PC_LIBDIR "\${prefix}/${CMAKE_INSTALL_LIBDIR}")
endif()
if(IS_ABSOLUTE "${CMAKE_INSTALL_INCLUDEDIR}")
  set(HTTPSTATUS_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
else()
  set(HTTPSTATUS_PC_INCLUDEDIR "\${prefix}/${CMAKE_INSTALL_INCLUDEDIR}")
endif()
# A small build's switches reach the programs that use it, as the CMake
# targets pass them on.
set(HTTPSTATUS_PC_DEFINES)
foreach(switch ${HTTPSTATUS_SWITCHES})
  string(APPEND HTTPSTATUS_PC_DEFINES " -D${switch}")
endforeach()
configure_file(${PROJECT_SOURCE_DIR}/cmake/httpstatus.pc.in
  ${PROJECT_BINARY_DIR}/httpstatus.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/httpstatus.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(FILES ${PROJECT_SOURCE_DIR}/docs/httpstatus.3
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man3)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/httpstatus)

# The drop-in pair travels with every install and release archive.
install(FILES ${PROJECT_BINARY_DIR}/amalgamation/httpstatus.h
              ${PROJECT_BINARY_DIR}/amalgamation/httpstatus.c
        DESTINATION ${CMAKE_INSTALL_DATADIR}/httpstatus/amalgamation)

# Release archive: cmake --build build --target package gives
# httpstatus-VERSION-SYSTEM.tar.gz holding all of the above.
set(CPACK_PACKAGE_NAME httpstatus)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_GENERATOR TGZ)
include(CPack)
