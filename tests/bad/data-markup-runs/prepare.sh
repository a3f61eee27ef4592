# One data value of a million emphasised words (4 MB): two million runs of text.
{
  printf 'title: x\ntext: "'
  yes '*a*' | head -n 1000000 | tr '\n' ' '
  printf '"\n'
} >data.yaml
