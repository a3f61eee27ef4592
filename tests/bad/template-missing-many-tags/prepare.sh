# A paragraph of 100,000 tags, none of which the data has.
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n  - paragraph: "'
  seq 100000 | sed 's/.*/{{m&}}/' | tr '\n' ' '
  printf '"\n'
} >template.yaml
