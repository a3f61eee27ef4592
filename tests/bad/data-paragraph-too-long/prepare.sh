# A 300 KiB word as the handout's intro: one paragraph, over the 256 KiB layout sets as one.
printf 'title: One long word\nintro: %s\n' "$(head -c 307200 /dev/zero | tr '\0' 'w')" >data.yaml
