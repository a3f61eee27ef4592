# template.yaml includes part-1.yaml; each part-N includes part-(N+1) twice, down to part-20:
# 2^19 copies of the last part's paragraph from 21 small files.
printf 'fonts:\n  sans: {regular: NotoSans-Regular.ttf}\nstyles:\n  body: {font: sans, size: 10pt}\n' \
  >template.yaml
printf 'body:\n  - include: part-1.yaml\n' >>template.yaml
for n in $(seq 19); do
  printf -- '- include: part-%s.yaml\n- include: part-%s.yaml\n' $((n + 1)) $((n + 1)) >"part-$n.yaml"
done
printf -- '- paragraph: "{{title}}"\n' >part-20.yaml
