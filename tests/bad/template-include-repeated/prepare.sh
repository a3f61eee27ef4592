# A 512 KiB file of blocks, and a template that includes it forty times (20 MiB in all).
{
  printf -- '- paragraph: "'
  head -c 524000 /dev/zero | tr '\0' 'x'
  printf '"\n'
} >part.yaml
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n'
  for i in $(seq 40); do printf '  - include: part.yaml\n'; done
} >template.yaml
