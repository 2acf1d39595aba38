module diptych

go 1.26

require (
	github.com/blevesearch/segment v0.9.1
	github.com/stretchr/testify v1.12.1
)

require go.yaml.in/yaml/v3 v3.0.5 // indirect
