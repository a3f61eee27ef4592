# A 100 KiB word as the handout's intro: one paragraph, over the 64 KiB layout sets as one.
printf 'title: One long word\nintro: %s\n' "$(head -c 102400 /dev/zero | tr '\0' 'w')" >data.yaml
