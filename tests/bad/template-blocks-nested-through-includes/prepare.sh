# The bundled handout template whose body includes p1.yaml; p1 to p19 each nest 190 groups
# around an include of the next file, p20 190 groups around a paragraph: no file is more than
# 381 levels of YAML deep, but the blocks nest 3,800 deep.
sed '/^body:/,$d' "$SOURCE_DIR/templates/handout.yaml" >t.yaml
printf 'body:\n  - include: p1.yaml\n' >>t.yaml
for file in $(seq 1 20); do
  inner="- include: p$((file + 1)).yaml"
  [ "$file" = 20 ] && inner='- paragraph: "{{title}}"'
  for level in $(seq 0 189); do
    printf '%*s- group:\n' $((level * 2)) ''
  done >"p$file.yaml"
  printf '%*s%s\n' 380 '' "$inner" >>"p$file.yaml"
done
printf 'title: Deep\n' >data.yaml
