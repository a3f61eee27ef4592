# add_handout(): render a handout PDF as part of a CMake build, rebuilt only when one of its
# inputs changes.
#
#   include(Handout)   # with this folder on CMAKE_MODULE_PATH
#   add_handout(TARGET notes DATA notes.yaml TEMPLATE notes-template.yaml OUTPUT notes.pdf)
#
#   TARGET    name of the custom target that builds the PDF; it is part of `all`
#   DATA      the data file (relative to the current source folder)
#   TEMPLATE  optional: a bundled template's name (`handout`) or a template file (relative to
#             the current source folder); without it, the data's `template` key decides
#   OUTPUT    the PDF (relative to the current binary folder)
#   HANDOUT   optional: the handout executable; default: the `handout` target when the project
#             builds it, else the HANDOUT_EXECUTABLE cache variable, else `handout` on the PATH
#
# handout writes a depfile (`--depfile`, Makefile syntax) listing everything the PDF was made
# from: the data, the template and its partials, figures and fonts. CMake hands it to Ninja
# (and to the Makefile generators), so a touched figure or partial rebuilds the PDF, and a build
# with nothing changed runs nothing. Needs CMake 3.20 (DEPFILE with the Makefile generators).
include_guard(GLOBAL)

if(CMAKE_VERSION VERSION_LESS 3.20)
  message(FATAL_ERROR "Handout.cmake needs CMake 3.20 or newer (add_custom_command DEPFILE)")
endif()
# Depfile paths are relative to the binary folder, as Ninja expects them.
cmake_policy(SET CMP0116 NEW)

function(_handout_executable out_var explicit)
  if(explicit)
    set(${out_var} "${explicit}" PARENT_SCOPE)
  elseif(TARGET handout)
    set(${out_var} "$<TARGET_FILE:handout>" PARENT_SCOPE)
  else()
    find_program(HANDOUT_EXECUTABLE handout DOC "the handout executable add_handout() runs")
    if(NOT HANDOUT_EXECUTABLE)
      message(FATAL_ERROR "add_handout: handout not found; set HANDOUT_EXECUTABLE or pass HANDOUT")
    endif()
    set(${out_var} "${HANDOUT_EXECUTABLE}" PARENT_SCOPE)
  endif()
endfunction()

function(add_handout)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "TARGET;DATA;TEMPLATE;OUTPUT;HANDOUT" "")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "add_handout: unknown arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  foreach(required TARGET DATA OUTPUT)
    if(NOT arg_${required})
      message(FATAL_ERROR "add_handout: ${required} is required")
    endif()
  endforeach()
  _handout_executable(handout "${arg_HANDOUT}")

  cmake_path(ABSOLUTE_PATH arg_DATA BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" OUTPUT_VARIABLE data)
  cmake_path(ABSOLUTE_PATH arg_OUTPUT BASE_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}"
             OUTPUT_VARIABLE output)
  set(template_option "")
  set(depends "${data}")
  if(arg_TEMPLATE)
    # A name without a folder or .yaml/.yml is a bundled template; anything else is a file.
    if(arg_TEMPLATE MATCHES "[/\\\\]|\\.ya?ml$")
      cmake_path(ABSOLUTE_PATH arg_TEMPLATE BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
                 OUTPUT_VARIABLE template)
      list(APPEND depends "${template}")
    else()
      set(template "${arg_TEMPLATE}")
    endif()
    set(template_option -t "${template}")
  endif()
  if(TARGET handout)
    list(APPEND depends handout)
  endif()

  set(depfile "${CMAKE_CURRENT_BINARY_DIR}/CMakeFiles/${arg_TARGET}.handout.d")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${handout}" render "${data}" ${template_option} -o "${output}" --depfile "${depfile}"
            --quiet
    DEPENDS ${depends}
    DEPFILE "${depfile}"
    WORKING_DIRECTORY "${CMAKE_CURRENT_BINARY_DIR}"
    COMMENT "Rendering ${arg_OUTPUT} with handout"
    VERBATIM)
  add_custom_target(${arg_TARGET} ALL DEPENDS "${output}")
endfunction()
