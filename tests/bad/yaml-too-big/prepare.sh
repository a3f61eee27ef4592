printf 'title: Big\n' >data.yaml
truncate -s 17M data.yaml
