# Writes the committed outputs of tools/gen_table.c from data/:
# src/table_data.inc (the private table) and include/httpstatus_codes.h (the
# public X-macro lists), with the hash of data/ recorded in the table.
#   cmake -DGEN=path/to/gen_table -DSOURCE_DIR=... -P Regenerate.cmake
# (`cmake --build build --target regenerate` runs it.) On malformed data the
# generator names file:line:column and nothing is written.
include(${CMAKE_CURRENT_LIST_DIR}/DataHash.cmake)
httpstatus_data_hash(hash ${SOURCE_DIR})
file(GLOB langs ${SOURCE_DIR}/data/descriptions.*.tsv)
list(SORT langs)
set(lang_args)
foreach(tsv ${langs})
  get_filename_component(name ${tsv} NAME)
  string(REGEX REPLACE "^descriptions\\.(.*)\\.tsv$" "\\1" tag ${name})
  list(APPEND lang_args ${tag}=${tsv})
endforeach()
execute_process(
  COMMAND ${GEN} --data-hash=${hash} ${SOURCE_DIR}/data/status.tsv ${SOURCE_DIR}/data/fields.tsv
          ${SOURCE_DIR}/src/table_data.inc ${SOURCE_DIR}/include/httpstatus_codes.h ${lang_args}
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "httpstatus: the table was not regenerated (see the errors above)")
endif()
message(STATUS "httpstatus: regenerated src/table_data.inc and include/httpstatus_codes.h")
