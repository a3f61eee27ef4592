# 90,000 aliases of one item of 1 KB: a 631 KB file whose data tree would hold 90 MB of text
# (and laid out, gigabytes).
{
  printf 'title: Aliases\nitems:\n'
  printf '  - &a {heading: "%s", description: "%s"}\n' "$(printf 'x%.0s' $(seq 500))" \
    "$(printf 'y%.0s' $(seq 500))"
  yes '  - *a' | head -n 90000
} >data.yaml
