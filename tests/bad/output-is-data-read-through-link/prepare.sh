ln -s data.yaml link.yaml
