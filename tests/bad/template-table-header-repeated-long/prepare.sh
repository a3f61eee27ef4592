# A table whose header row is filled from a 30 KB value, repeated on every page the table's
# 2,000 rows continue on.
{
  printf 'title: x\nlabel: %s\nitems:\n' "$(head -c 30000 /dev/zero | tr '\0' 'h')"
  for i in $(seq 2000); do printf '  - n: %s\n' "$i"; done
} >data.yaml
{
  printf 'page: {size: A4}\nfonts: {sans: {regular: NotoSans-Regular.ttf}}\n'
  printf 'styles: {body: {font: sans, size: 10pt}}\nbody:\n  - table: items\n    columns:\n'
  printf '      - {header: "{{label}}", text: "{{n}}"}\n'
} >template.yaml
