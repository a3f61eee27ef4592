# A thousand items, and a 20 KB paragraph in the included file (20 MB when repeated for each).
{
  printf 'title: x\nitems:\n'
  for i in $(seq 1000); do printf '  - n: %s\n' "$i"; done
} >data.yaml
{
  printf -- '- paragraph: "'
  yes 'Twenty kilobytes of literal template text.' | head -n 480 | tr '\n' ' '
  printf '"\n'
} >part.yaml
