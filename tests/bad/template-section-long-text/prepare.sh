# A hundred items, and a section over them holding a kilobyte of text, inside 'each'.
{
  printf 'title: x\nitems:\n'
  for i in $(seq 100); do printf '  - n: %s\n' "$i"; done
} >data.yaml
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n  - each: items\n    blocks:\n'
  printf '      - each: items\n        blocks:\n'
  printf '          - paragraph: "{{#items}}'
  yes 'A kilobyte of text, repeated.' | head -n 35 | tr '\n' ' '
  printf '{{/items}}"\n'
} >template.yaml
