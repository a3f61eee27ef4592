# A hundred items: the template's four nested loops over them would make 100 million paragraphs.
{
  printf 'title: Multiplied\nitems:\n'
  for i in $(seq 100); do printf '  - %s\n' "$i"; done
} >data.yaml
