# A hundred items.
{
  printf 'title: x\nitems:\n'
  for i in $(seq 100); do printf '  - n: %s\n' "$i"; done
} >data.yaml
