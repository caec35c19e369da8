# The generator accepts what editors add to a hand-edited file, a UTF-8
# byte-order mark and CRLF line endings, and produces the very same output.
#   cmake -DGEN=gen_table -DSTATUS=status.tsv -DFIELDS=fields.tsv -DOUT=dir -P check_encodings.cmake
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(READ ${STATUS} text)
string(REPLACE "\n" "\r\n" crlf "${text}")
string(ASCII 239 187 191 bom)
file(WRITE ${OUT}/status.tsv "${bom}${crlf}")
foreach(variant plain converted)
  if(variant STREQUAL plain)
    set(input ${STATUS})
  else()
    set(input ${OUT}/status.tsv)
  endif()
  execute_process(
    COMMAND ${GEN} ${input} ${FIELDS} ${OUT}/${variant}.inc ${OUT}/${variant}.h
    RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${variant}: generator failed:\n${err}")
  endif()
endforeach()
foreach(ext inc h)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files
                  ${OUT}/plain.${ext} ${OUT}/converted.${ext} RESULT_VARIABLE diff)
  if(NOT diff EQUAL 0)
    message(FATAL_ERROR "BOM + CRLF input changed the .${ext} output")
  endif()
endforeach()
