# 600 items, each a heading and a table of contents: 360,000 entries.
{
  printf 'title: x\nitems:\n'
  for i in $(seq 600); do printf '  - p%s\n' "$i"; done
} >data.yaml
