# 101 sections inside each other in one text.
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n  - paragraph: "'
  for i in $(seq 101); do printf '{{#title}}'; done
  printf 'x'
  for i in $(seq 101); do printf '{{/title}}'; done
  printf '"\n'
} >template.yaml
