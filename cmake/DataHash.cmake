# The hash that ties the committed table to data/: SHA-256 of a list of
# "file SHA-256-of-its-bytes" lines, one per data file in name order
# (status.tsv, fields.tsv and every descriptions.TAG.tsv). The generator
# records it (--data-hash) and the build compares it (CheckData.cmake).
#   httpstatus_data_hash(<out-var> <source-dir>)
function(httpstatus_data_hash out source_dir)
  file(GLOB files RELATIVE ${source_dir}/data
       ${source_dir}/data/status.tsv ${source_dir}/data/fields.tsv
       ${source_dir}/data/descriptions.*.tsv)
  list(SORT files)
  set(text "")
  foreach(name ${files})
    file(SHA256 ${source_dir}/data/${name} sum)
    string(APPEND text "${name} ${sum}\n")
  endforeach()
  string(SHA256 hash "${text}")
  set(${out} ${hash} PARENT_SCOPE)
endfunction()

# The hash the committed table records, or "" when it records none.
function(httpstatus_recorded_hash out source_dir)
  file(STRINGS ${source_dir}/src/table_data.inc line
       REGEX "^#define HS_DATA_HASH \"[0-9a-f]+\"" LIMIT_COUNT 1)
  string(REGEX REPLACE "^#define HS_DATA_HASH \"([0-9a-f]+)\".*" "\\1" hash "${line}")
  set(${out} "${hash}" PARENT_SCOPE)
endfunction()
