# A hundred items: five sections over them, inside each other, would repeat 10^10 times.
{
  printf 'title: x\nitems:\n'
  for i in $(seq 100); do printf '  - n: %s\n' "$i"; done
} >data.yaml
