# Runs the generator on one malformed data file and passes when it fails with
# the message the file's first line announces ("# expect: LINE:COL: text"),
# prefixed by the file's path, and leaves no output file behind. With
# -DSTATUS=status.tsv the file is given as the Korean descriptions instead,
# and with -DAS_FIELDS=ON as the fields file.
#   cmake -DGEN=gen_table -DINPUT=file.tsv -DFIELDS=fields.tsv -DOUT=dir [-DSTATUS=...] -P check_malformed.cmake
file(STRINGS ${INPUT} first LIMIT_COUNT 1)
string(REGEX REPLACE "^# expect: " "" expect "${first}")
if(expect STREQUAL first)
  message(FATAL_ERROR "${INPUT}: first line must be '# expect: LINE:COL: message'")
endif()
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
if(AS_FIELDS)
  set(args ${STATUS} ${INPUT} ${OUT}/table.inc ${OUT}/codes.h)
elseif(STATUS)
  set(args ${STATUS} ${FIELDS} ${OUT}/table.inc ${OUT}/codes.h ko=${INPUT})
else()
  set(args ${INPUT} ${FIELDS} ${OUT}/table.inc ${OUT}/codes.h)
endif()
execute_process(COMMAND ${GEN} ${args}
  RESULT_VARIABLE rc ERROR_VARIABLE err OUTPUT_VARIABLE out)
if(NOT rc EQUAL 1)
  message(FATAL_ERROR "expected exit status 1, got '${rc}'\n${err}")
endif()
string(FIND "${err}" "${INPUT}:${expect}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "expected '${INPUT}:${expect}' in:\n${err}")
endif()
file(GLOB left ${OUT}/*)
if(left)
  message(FATAL_ERROR "a failed run left files behind: ${left}")
endif()
message(STATUS "rejected as expected: ${err}")
