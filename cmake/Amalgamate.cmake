# Writes the drop-in pair: OUT_DIR/httpstatus.h (the public header with the
# generated lists inside) and OUT_DIR/httpstatus.c (every source file and the
# generated table), so that `cc -c httpstatus.c` builds the whole library.
# The switches HTTPSTATUS_NO_DESCRIPTIONS, _NO_UNOFFICIAL and _NO_RULES trim
# it as they trim src/.
#   cmake -DSOURCE_DIR=... -DOUT_DIR=... -DPARTS=table,status_line,...
#         -P Amalgamate.cmake
# PARTS names the files of src/ in order; the first is the one that includes
# the generated table.

function(read_without out path)
  file(READ ${path} text)
  foreach(line ${ARGN})
    string(REPLACE "${line}\n" "" text "${text}")
  endforeach()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

file(READ ${SOURCE_DIR}/include/httpstatus.h header)
file(READ ${SOURCE_DIR}/include/httpstatus_codes.h codes)
set(include_line "#include \"httpstatus_codes.h\" /* generated from data/ by tools/gen_table.c */")
string(FIND "${header}" "${include_line}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "Amalgamate.cmake: httpstatus.h no longer includes httpstatus_codes.h as expected")
endif()
string(REPLACE "${include_line}" "${codes}" header "${header}")

set(banner "/* httpstatus, as one file: built from src/ and the table generated from\n * data/status.tsv. Compile with any C99 compiler: cc -c httpstatus.c\n * (-DHTTPSTATUS_NO_DESCRIPTIONS=1, _NO_UNOFFICIAL=1, _NO_RULES=1 trim it;\n * define the same when compiling the files that include httpstatus.h). */\n")
read_without(table_h ${SOURCE_DIR}/src/table.h "#ifndef HTTPSTATUS_NO_INLINE\n#define HTTPSTATUS_NO_INLINE\n#endif" "#include \"httpstatus.h\"")
file(READ ${SOURCE_DIR}/src/table_data.inc table_inc)

string(REPLACE "," ";" PARTS "${PARTS}")
set(body "${banner}#ifndef HTTPSTATUS_NO_INLINE\n#define HTTPSTATUS_NO_INLINE\n#endif\n#include \"httpstatus.h\"\n\n${table_h}")
foreach(part ${PARTS})
  read_without(text ${SOURCE_DIR}/src/${part}.c "#include \"table.h\"")
  string(REPLACE "#include \"table_data.inc\"" "${table_inc}" text "${text}")
  string(APPEND body "\n${text}")
endforeach()

file(MAKE_DIRECTORY ${OUT_DIR})
file(WRITE ${OUT_DIR}/httpstatus.h.tmp "${header}")
file(WRITE ${OUT_DIR}/httpstatus.c.tmp "${body}")
file(RENAME ${OUT_DIR}/httpstatus.h.tmp ${OUT_DIR}/httpstatus.h)
file(RENAME ${OUT_DIR}/httpstatus.c.tmp ${OUT_DIR}/httpstatus.c)
