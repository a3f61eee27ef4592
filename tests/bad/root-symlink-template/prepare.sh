ln -s ../shared/layout.yaml project/layout.yaml
