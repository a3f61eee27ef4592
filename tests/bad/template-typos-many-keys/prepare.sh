# A data file of 200,000 keys, and a template of 300 tags that are close to none of them.
{
  printf 'title: Many keys\n'
  seq 200000 | sed 's/^/k/; s/$/: v/'
} >data.yaml
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n  - paragraph: "'
  seq 300 | sed 's/.*/{{kx&}}/' | tr '\n' ' '
  printf '"\n'
} >template.yaml
