# Stops the build when a file in data/ changed after the table was last
# generated, so that an edit never builds silently into a stale library.
#   cmake -DSOURCE_DIR=... -DBUILD_DIR=... -P CheckData.cmake
include(${CMAKE_CURRENT_LIST_DIR}/DataHash.cmake)
httpstatus_data_hash(now ${SOURCE_DIR})
httpstatus_recorded_hash(recorded ${SOURCE_DIR})
if(NOT now STREQUAL recorded)
  # A plain message is printed as it is, on one line; FATAL_ERROR then stops.
  message("httpstatus: data/ changed since the table was generated; run: cmake --build ${BUILD_DIR} --target regenerate")
  message(FATAL_ERROR "stale table")
endif()
