# A data file of 120,000 keys, and a template of 300 tags that are close to none of them.
{
  printf 'title: Many keys\n'
  seq 120000 | sed 's/^/k/; s/$/: v/'
} >data.yaml
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n  - paragraph: "'
  seq 300 | sed 's/.*/{{kx&}}/' | tr '\n' ' '
  printf '"\n'
} >template.yaml
