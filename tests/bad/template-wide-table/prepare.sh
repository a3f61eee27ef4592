# A thousand rows (a 20 KB data file) under a thousand columns: a million cells.
{
  printf 'title: x\nitems:\n'
  for i in $(seq 1000); do printf '  - n: %s\n' "$i"; done
} >data.yaml
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n  - table: items\n    columns:\n'
  for i in $(seq 1000); do printf '      - {header: c%s, text: "{{n}}"}\n' "$i"; done
} >template.yaml
