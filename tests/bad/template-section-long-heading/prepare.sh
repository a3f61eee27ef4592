# A level-1 heading of 300 bytes, which {{section}} would set in the header of its pages.
{
  printf 'title: x\nitems:\n  - Short\n  - '
  head -c 300 /dev/zero | tr '\0' 'h'
  printf '\n'
} >data.yaml
