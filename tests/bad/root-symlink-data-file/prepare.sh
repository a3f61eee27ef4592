# A link in the data folder to a YAML file elsewhere.
ln -s ../private/notes.yaml data/notes.yaml
