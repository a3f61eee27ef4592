# A thousand items, and a paragraph of 200 emphasised words for each.
{
  printf 'title: x\nitems:\n'
  for i in $(seq 1000); do printf '  - n: %s\n' "$i"; done
} >data.yaml
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n  - each: items\n    blocks:\n'
  printf '      - paragraph: "'
  yes '*{{n}}*' | head -n 200 | tr '\n' ' '
  printf '"\n'
} >template.yaml
