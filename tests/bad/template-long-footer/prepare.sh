# 500 items, one page each, under a footer of 60 KB of text.
{
  printf 'title: x\nitems:\n'
  for i in $(seq 500); do printf '  - p%s\n' "$i"; done
} >data.yaml
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}, footer: {font: sans, size: 8pt}}\n'
  printf 'footer: {left: "'
  yes 'footer text' | head -n 5000 | tr '\n' ' '
  printf '{{page}}"}\nbody:\n  - each: items\n    blocks:\n      - paragraph: "{{.}}"\n'
  printf '      - page-break\n'
} >template.yaml
