# A contract of 20,000 fields, and a data file of 20,000 other keys.
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n  - paragraph: "{{title}}"\ndata:\n'
  seq 20000 | sed 's/^/  f/; s/$/: text/'
} >template.yaml
{
  printf 'title: Many keys\n'
  seq 20000 | sed 's/^/g/; s/$/: v/'
} >data.yaml
