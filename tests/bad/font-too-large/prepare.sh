# A sparse 3 GiB file: HarfBuzz refuses anything of 2 GiB or more, which read as "empty".
truncate -s 3G huge.ttf
