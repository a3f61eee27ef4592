# A thousand items, and a list of a thousand fixed entries repeated for each.
{
  printf 'title: x\nitems:\n'
  for i in $(seq 1000); do printf '  - n: %s\n' "$i"; done
} >data.yaml
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n  - each: items\n    blocks:\n'
  printf '      - list:\n'
  for i in $(seq 1000); do printf '          - entry %s\n' "$i"; done
} >template.yaml
