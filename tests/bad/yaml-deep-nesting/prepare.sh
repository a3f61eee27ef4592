{
  printf 'title: Deep\nitems: '
  printf '%*s' 100000 '' | tr ' ' '['
  printf '%*s' 100000 '' | tr ' ' ']'
  printf '\n'
} >data.yaml
