# Sixty items of forty words each: about four pages with the default template.
{
  printf 'title: Many items\nitems:\n'
  for i in $(seq 60); do
    printf '  - heading: Item %s\n    description: %s\n' "$i" "$(printf 'word %.0s' $(seq 40))"
  done
} >data.yaml
