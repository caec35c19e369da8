# Feeds the generator what a hand-edited file can turn into: a file cut off
# at many points, an empty file, a file holding every byte value, and a field
# far longer than any real one. Each run must either succeed or fail with a
# "file:line:column: " message and exit status 1, and a failed run must leave
# no output behind.
#   cmake -DGEN=gen_table -DSTATUS=status.tsv -DFIELDS=fields.tsv -DOUT=dir -P check_generator_robustness.cmake

file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})

set(cases 0)
function(expect_clean_answer input)
  file(REMOVE ${OUT}/table.inc ${OUT}/codes.h)
  execute_process(COMMAND ${GEN} ${input} ${FIELDS} ${OUT}/table.inc ${OUT}/codes.h
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(rc EQUAL 0)
    if(NOT EXISTS ${OUT}/table.inc OR NOT EXISTS ${OUT}/codes.h)
      message(FATAL_ERROR "${input}: success without output")
    endif()
  elseif(rc EQUAL 1)
    if(NOT err MATCHES "^[^\n]+:[0-9]+:[0-9]+: ")
      message(FATAL_ERROR "${input}: no file:line:column message:\n${err}")
    endif()
    if(EXISTS ${OUT}/table.inc OR EXISTS ${OUT}/codes.h)
      message(FATAL_ERROR "${input}: a failed run left output behind")
    endif()
  else()
    message(FATAL_ERROR "${input}: exit status '${rc}' (a crash?):\n${err}")
  endif()
  math(EXPR n "${cases} + 1")
  set(cases ${n} PARENT_SCOPE)
endfunction()

# Cut off at many points, mid-line and mid-character included.
file(READ ${STATUS} hex HEX)
string(LENGTH "${hex}" hex_len)
math(EXPR size "${hex_len} / 2")
foreach(cut 0 1 2 3 100 1000 1001 2500 5000 7777 10000 20000 30000)
  if(cut LESS size)
    math(EXPR hex_cut "${cut} * 2")
    string(SUBSTRING "${hex}" 0 ${hex_cut} part)
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "\\\\x\\1" escaped "${part}")
    # CMake cannot write arbitrary bytes from a string: go through printf.
    execute_process(COMMAND printf "${escaped}" OUTPUT_FILE ${OUT}/cut-${cut}.tsv)
    expect_clean_answer(${OUT}/cut-${cut}.tsv)
  endif()
endforeach()

# Every byte value, after a valid header row.
set(all "")
foreach(b RANGE 1 255)
  if(NOT b EQUAL 37) # '%' would be a printf directive
    math(EXPR hi "${b} / 16")
    math(EXPR lo "${b} % 16")
    string(SUBSTRING "0123456789abcdef" ${hi} 1 h)
    string(SUBSTRING "0123456789abcdef" ${lo} 1 l)
    string(APPEND all "\\x${h}${l}")
  endif()
endforeach()
execute_process(COMMAND printf "code\\treason\\tclass\\tstatus\\texpires\\tname\\torigin\\treference\\theaders\\tflags\\taliases\\tdescription\\n200\\t${all}\\x00end\\n"
                OUTPUT_FILE ${OUT}/every-byte.tsv)
expect_clean_answer(${OUT}/every-byte.tsv)

# A reason phrase of 100,000 bytes.
string(REPEAT "A" 100000 long)
file(WRITE ${OUT}/long-field.tsv "code\treason\tclass\tstatus\texpires\tname\torigin\treference\theaders\tflags\taliases\tdescription\n200\t${long}\tsuccessful\tpermanent\t-\tOK\tIANA\tRFC 9110\t-\t-\t-\tFine.\n")
expect_clean_answer(${OUT}/long-field.tsv)

# Nothing at all.
file(WRITE ${OUT}/empty.tsv "")
expect_clean_answer(${OUT}/empty.tsv)

message(STATUS "generator robustness: ${cases} inputs, each answered cleanly")
