# A dropped field keeps its id: a fields file with a tombstone (id 19, name
# -) and a field after it (id 20) is accepted, the field keeps id 20 in
# HTTPSTATUS_FIELD_MAP, and id 19 names no field in the table.
#   cmake -DGEN=gen_table -DSTATUS=status.tsv -DFIELDS=fields.tsv -DOUT=dir -P check_field_tombstone.cmake
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(READ ${FIELDS} text)
file(STRINGS ${FIELDS} rows REGEX "^[0-9]+\t")
list(LENGTH rows count)
math(EXPR dropped "${count} + 1")
math(EXPR added "${count} + 2")
file(WRITE ${OUT}/fields.tsv "${text}${dropped}\t-\tdropped: a test of the id rule\n${added}\tX-Test\tRFC 0, Section 0\n")
execute_process(
  COMMAND ${GEN} ${STATUS} ${OUT}/fields.tsv ${OUT}/table.inc ${OUT}/codes.h
  RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "a fields file with a tombstone was refused:\n${err}")
endif()
file(READ ${OUT}/codes.h codes)
file(READ ${OUT}/table.inc table)
foreach(want "XX(${added}, X_TEST, \"X-Test\")" "#define HTTPSTATUS_FIELD_MAX_ID ${added}"
             "#define HTTPSTATUS_FIELD_COUNT ${dropped}")
  string(FIND "${codes}" "${want}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "codes.h lacks: ${want}")
  endif()
endforeach()
string(FIND "${table}" "{0, 0}, /* ${dropped}: dropped" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the table has no empty slot for dropped id ${dropped}")
endif()
string(FIND "${codes}" "XX(${dropped}," at)
if(NOT at EQUAL -1)
  message(FATAL_ERROR "dropped id ${dropped} is still in HTTPSTATUS_FIELD_MAP")
endif()
