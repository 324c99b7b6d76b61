export interface paths {
    "/cnt/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actions
         * @description Get a list of possible actions
         */
        get: operations["listActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get action
         * @description Get a single action
         */
        get: operations["getAction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/barcode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Generate barcode
         * @description Render a barcode
         */
        get: operations["getBarcode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List batches
         * @description Get a list of batches
         */
        get: operations["getBatches"];
        put?: never;
        /**
         * Create batch
         * @description Create a new batch
         */
        post: operations["createBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get batch
         * @description Get a single batch
         */
        get: operations["getBatch"];
        /**
         * Update batch
         * @description Update a batch config or reference
         */
        put: operations["updateBatch"];
        post?: never;
        /**
         * Delete batch
         * @description Delete an unconfirmed batch
         */
        delete: operations["deleteBatch"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/batches/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Confirm batch
         * @description Confirm a batch for processing; processing will start. Only possible when batch is accepted
         */
        put: operations["confirmBatch"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/batches/{id}/errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get errors
         * @description Get a list of errors for a batch
         */
        get: operations["getBatchErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/batches/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Validate batch
         * @description Request validation for the batch and the dataset. The dataaset and the batch will be locked. When invalid, lock will be lifted. If batch is valid, is_accepted will become true
         */
        put: operations["validateBatch"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/dataflow/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List dataflows
         * @description Get a list of flows
         */
        get: operations["listDataFlows"];
        put?: never;
        /**
         * Create dataflow
         * @description Add a new dataflow
         */
        post: operations["createStream"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/dataflow/flows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dataflow
         * @description Get a single dataflow
         */
        get: operations["getDataflow"];
        /**
         * Update dataflow
         * @description Update a single dataflow
         */
        put: operations["updateDataflow"];
        post?: never;
        /**
         * Delete dataflow
         * @description Delete a single dataflow
         */
        delete: operations["deleteDataflow"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/dataflow/flows/{id}/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Trigger flow
         * @description Trigger an existing flow
         */
        post: operations["triggerFlow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/dataflow/loader": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load data
         * @description Multi data loader
         */
        post: operations["getMultipleDataflowModels"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/dataflow/loader/{model}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get data
         * @description Get the data-model as it is applied
         */
        get: operations["getDataflowModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/dataflow/matcher/{model}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test match
         * @description Test if a flow matches the data
         */
        post: operations["matchTester"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/dataflow/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List types
         * @description Get a list of flow types
         */
        get: operations["listDataFlowTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/dataflow/types/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View type
         * @description View a dataflow type
         */
        get: operations["viewDataflowType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get datasets
         * @description Get a set of rows
         */
        get: operations["listDatasets"];
        put?: never;
        /**
         * Create dataset
         * @description Add a new dataset container
         */
        post: operations["createDataset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/datasets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get dataset
         * @description Get a set of rows
         */
        get: operations["getDataset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/datasets/{id}/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Read file
         * @description Select a file and read it to be used as input
         */
        post: operations["attachFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/datasets/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Export data
         * @description Request data to be exported to CSV
         */
        post: operations["exportData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/datasets/{id}/lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get lines
         * @description Browse all dataset lines
         */
        get: operations["getLines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/datasets/{id}/upload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload data
         * @description Upload data as lines to the dataset
         */
        post: operations["attachData"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of definitions
         * @description List the set of definitions
         */
        get: operations["listDefinitions"];
        put?: never;
        /**
         * Upsert a definition
         * @description Either create a new, or update an existing definition
         */
        post: operations["upsertDefinition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/directories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of directories
         * @description Returns a list of directories
         */
        get: operations["listDirectories"];
        put?: never;
        /**
         * Create directory
         * @description Add a directory
         */
        post: operations["createDirectory"];
        /**
         * Delete directory
         * @description Deletes a directory
         */
        delete: operations["deleteDirectory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of files
         * @description Returns a list of files
         */
        get: operations["listFiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/files/signature": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an upload signature
         * @description Returns a new upload signature
         */
        post: operations["createSignedUrl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/files/upload/{signature}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file
         * @description Upload a new file
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/files/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a file
         * @description Returns a file
         */
        get: operations["getFile"];
        put?: never;
        post?: never;
        /**
         * Delete a file
         * @description Deletes a file
         */
        delete: operations["deleteFile"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/configurations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List adapters
         * @description List all filesystem adapters
         */
        get: operations["getFilesystemAdapterConfigurations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/integrations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read object
         * @description Read the contents of an object at external storage
         */
        get: operations["readObject"];
        put?: never;
        /**
         * Clone object
         * @description Clone an object to external storage
         */
        post: operations["cloneObject"];
        /**
         * Delete object
         * @description Delete an object at external storage
         */
        delete: operations["deleteObject"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/integrations/{id}/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List objects
         * @description List objects at external storage
         */
        get: operations["listObjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/logs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List logs
         * @description List all logs of sync calls
         */
        get: operations["getFilesystemLogs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/storages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List storages
         * @description Get a list of storages
         */
        get: operations["listFilesystemStorages"];
        put?: never;
        /**
         * Create storage
         * @description Add new external storage
         */
        post: operations["createStorage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/storages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get storage
         * @description Get a filesystem storage
         */
        get: operations["getFilesystemStorage"];
        /**
         * Update storage
         * @description Update storage
         */
        put: operations["updateStorage"];
        /**
         * Sync storage
         * @description Send a file to a storage
         */
        post: operations["deprecatedSyncFile"];
        /**
         * Delete storage
         * @description Delete a storage
         */
        delete: operations["deleteStorage"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/storages/{id}/list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List objects
         * @description Read data from the storage
         */
        get: operations["listStorage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/storages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read object
         * @description Read data from the storage
         */
        get: operations["readStorage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/storages/{id}/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload storage
         * @description Send a file to a storage
         */
        post: operations["syncFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/storages/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Test storage
         * @description Test storage connection
         */
        get: operations["testExistingStorage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test connection
         * @description Test a connection
         */
        post: operations["testConnection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/watchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List watchers
         * @description Get a list of watchers
         */
        get: operations["listFileWatchers"];
        put?: never;
        /**
         * Create watcher
         * @description Create a watcher
         */
        post: operations["createFileWatcher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filesystems/watchers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get watcher
         * @description Get a single watcher
         */
        get: operations["getFileWatcher"];
        /**
         * Update watcher
         * @description Update a single watcher
         */
        put: operations["updateFileWatcher"];
        post?: never;
        /**
         * Delete watcher
         * @description Delete a single watcher
         */
        delete: operations["deleteFileWatcher"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/filters/date": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Decode filter
         * @description Decode a relative date filter
         */
        get: operations["decodeDateFilter"];
        put?: never;
        /**
         * Relative date
         * @description Generate a relative date filter
         */
        post: operations["generateDateFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/gif/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get info
         * @description Returns information regarding the GIF
         */
        get: operations["getGifInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/gif/transform": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Transform gif
         * @description Returns information regarding the GIF
         */
        get: operations["transformGif"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create PDF
         * @description Transform HTML into a PDF
         */
        post: operations["generatePDF"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/html/inline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get inline-PDF
         * @description Transform HTML into a PDF and return PDF as string
         */
        post: operations["generateInlinePDF"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/indexes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all indexes
         * @description List all indexes for the authenticated user.
         */
        get: operations["listInstantIndexes"];
        put?: never;
        /**
         * Create a new index
         * @description Create a new index
         */
        post: operations["createInstantIndex"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/indexes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a single index
         * @description Show a single index for the tenant.
         */
        get: operations["getInstantIndex"];
        /**
         * Update a single index
         * @description Update a single index
         */
        put: operations["updateInstantIndex"];
        post?: never;
        /**
         * Delete a single index
         * @description Delete a single index
         */
        delete: operations["deleteInstantIndex"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/indexes/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update or insert a list of documents
         * @description Update or insert a list of documents in the specified index. Enter any additional information in the metadata. Data in the metadata key is not searchable, only retrievable.
         */
        put: operations["upsertInstantDocument"];
        post?: never;
        /**
         * Clears all documents from an index
         * @description Delete all documents from the specified index
         */
        delete: operations["clearInstantIndex"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/indexes/{id}/documents/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a list of documents
         * @description Delete a list of documents from the specified index. Only those document IDs that were submitted will be removed.
         */
        post: operations["deleteInstantDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/indexes/{id}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search documents within a single index
         * @description Search documents within a single index, without going throuh a proxy.
         */
        post: operations["searchInstantIndex"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/indexes/{id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List index settings
         * @description List the settings of the specified index
         */
        get: operations["listInstantIndexSettings"];
        put?: never;
        /**
         * Update index settings
         * @description Update the settings of the specified index
         */
        post: operations["updateInstantIndexSettings"];
        /**
         * Reset index settings
         * @description Reset the settings of the specified index
         */
        delete: operations["resetInstantIndexSettings"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/indexes/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List index updates
         * @description List the updates of the specified index
         */
        get: operations["listInstantIndexUpdates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/indexes/{id}/updates/{update_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one update
         * @description Get a single update on from the specified index
         */
        get: operations["getInstantIndexUpdate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/proxies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List all proxies
         * @description List all proxies for a tenant
         */
        get: operations["listInstantProxies"];
        put?: never;
        /**
         * Create a proxy
         * @description Create a new proxy for the tenant
         */
        post: operations["createInstantProxy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/proxies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show a proxy
         * @description Show a single proxy for the tenant
         */
        get: operations["getInstantProxy"];
        /**
         * Update a proxy
         * @description Update a proxy for the tenant
         */
        put: operations["updateInstantProxy"];
        post?: never;
        /**
         * Delete a proxy
         * @description Delete a new proxy for the tenant
         */
        delete: operations["deleteInstantProxy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/instant/search/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search documents
         * @description Search documents: The id is the proxy key for a tenant, ex: "afosto". The count is the combined count of the results in all selected indices.
         */
        post: operations["searchInstant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/proxies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the proxy configuration
         * @description Returns the proxy configuration
         */
        get: operations["listProxies"];
        put?: never;
        /**
         * Create a new proxy
         * @description Add a new proxy configuration
         */
        post: operations["createProxy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/proxies/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the proxy configuration
         * @description Returns the proxy configuration
         */
        get: operations["getProxy"];
        /**
         * Update the proxy configuration
         * @description Updates the proxy
         */
        put: operations["updateProxy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a simple search
         * @description Run a search with the option to run an aggregation
         */
        post: operations["search"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/search/{namespace}/{code}/{model}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a complex search
         * @description Run a complex search
         */
        post: operations["searchModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cnt/suggest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get some suggestions
         * @description Run a simple, fast suggest search
         */
        get: operations["suggest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CntAction: {
            id?: string;
            code?: string;
            description?: string;
            config_schema?: string;
            columns?: components["schemas"]["CntColumnConfig"][];
        };
        CntBatch: {
            /** Format: uuid */
            id?: string;
            action_id?: string;
            reference?: string;
            is_import?: boolean;
            is_locked?: boolean;
            is_accepted?: boolean;
            is_confirmed?: boolean;
            /** @default false */
            is_ready: boolean;
            /** @default false */
            is_failing: boolean;
            config?: Record<string, unknown>;
            import?: {
                mapping?: Record<string, unknown>;
            };
            export?: {
                view?: string;
            };
            /** Format: uuid */
            task_id?: string;
            /** Format: uuid */
            dataset_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntBatchFile: {
            file_id?: string;
        };
        CntBatchRequest: {
            action_id?: string;
            reference?: string;
            /** Format: uuid */
            dataset_id?: string;
            config?: Record<string, unknown>;
            import?: {
                mapping?: Record<string, unknown>[];
            };
            export?: {
                view?: string;
            };
        };
        CntBucket: {
            value?: string;
            count?: string;
        };
        CntColumnConfig: {
            key?: string;
            description?: string;
            is_required?: boolean;
            regex?: string;
        };
        CntColumnError: {
            column?: string;
            /** @enum {string} */
            level?: "error" | "warning" | "notice";
            message?: string;
        };
        CntConfig: {
            /** @default true */
            is_origin_cache_ignored: boolean;
            /** @default true */
            is_canonical_added: boolean;
            watermark_url?: string;
        };
        CntCreateIndexRequest: {
            name?: string;
        };
        CntCreateProxyRequest: {
            key?: string;
            indexes?: components["schemas"]["CntInstantProxyIndex"][];
        };
        CntDataflow: {
            /** Format: uuid */
            id?: string;
            name?: string;
            /** @enum {string} */
            source?: "order" | "calculation";
            /** @enum {string} */
            type?: "bigquery" | "email";
            trigger?: {
                /** @enum {string} */
                type?: "scheduled" | "realtime";
                events?: string[];
                crontab?: string;
            };
            config?: Record<string, unknown>;
            filter?: components["schemas"]["CntDataflowFilter"][];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntDataflowFilter: {
            key?: string;
            /** @enum {string} */
            operator?: "in" | "gte" | "gt" | "lte" | "lt";
            values?: string[];
        };
        CntDataflowModel: {
            name?: string;
            /** @enum {string} */
            source?: "calculation" | "order";
            /** @enum {string} */
            type?: "bigquery" | "email";
            trigger?: {
                /** @enum {string} */
                type?: "scheduled" | "realtime";
                events?: string[];
                crontab?: {
                    schedule?: string;
                    timezone?: string;
                };
            };
            config?: Record<string, unknown>;
            secret?: string;
            filter?: components["schemas"]["CntDataflowFilter"][];
        };
        CntDataflowType: {
            type?: string;
            code?: string;
            source?: string;
            /** @enum {string} */
            trigger?: "realtime" | "scheduled";
            name?: string;
            is_proprietary?: boolean;
            events?: string[];
            schema?: string;
        };
        CntDataset: {
            /** Format: uuid */
            id?: string;
            reference?: string;
            line_count?: number;
            file_id?: string;
            /** @default false */
            is_locked: boolean;
            /** Format: date-time */
            expires_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntDatasetRequest: {
            reference?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        CntDefinition: {
            id?: string;
            namespace?: string;
            code?: string;
            model?: string;
            filters?: components["schemas"]["CntField"][];
            tenant_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntDefinitionModel: {
            namespace?: string;
            code?: string;
            model?: string;
            key?: string;
            /** @enum {string} */
            type?: "datetime" | "text" | "short_text" | "keyword" | "integer" | "boolean" | "autocomplete" | "metadata";
        };
        CntDirectoryRequest: {
            path?: string;
        };
        CntDocumentResponse: {
            reference?: string;
            title?: string;
            description?: string;
            sub?: string;
            metadata?: Record<string, unknown>;
            filters?: {
                [key: string]: unknown;
            };
        };
        CntFacet: {
            key?: string;
            buckets?: components["schemas"]["CntBucket"][];
        };
        CntField: {
            key?: string;
            /** @enum {string} */
            type?: "datetime" | "text" | "short_text" | "keyword" | "integer" | "boolean" | "autocomplete" | "metadata";
        };
        CntFile: {
            id?: string;
            filename?: string;
            label?: string;
            dir?: string;
            /** @enum {string} */
            type?: "image" | "file" | "video";
            mime?: string;
            url?: string;
            is_public?: boolean;
            is_listed?: boolean;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntFilesystemLog: {
            /** Format: uuid */
            id?: string;
            file_id?: string;
            storage_id?: number;
            is_success?: boolean;
            message?: string;
            /** Format: date-time */
            created_at?: string;
        };
        CntFilter: {
            key?: string;
            /** @enum {string} */
            operator?: "in" | "gt" | "gte" | "lt" | "lte" | "prefix" | "not_in";
            values?: string[];
        };
        CntGifInfo: {
            is_animated?: boolean;
            height?: number;
            width?: number;
            loop_count?: number;
            size?: number;
        };
        CntHtmlToInlinePdfRequest: {
            size?: {
                /** @enum {string} */
                predefined?: "a3" | "a4" | "a5" | "a6" | "letter" | "legal" | "tabloid" | "custom";
                /** @description Size in mm */
                width?: number;
                /** @description Size in mm */
                height?: number;
            };
            margin?: {
                /** @default 0 */
                top: number;
                /** @default 0 */
                bottom: number;
                /** @default 0 */
                left: number;
                /** @default 0 */
                right: number;
            };
            content?: string;
            /** @default 2 */
            wait_delay: number;
            /** @default 10 */
            wait_timeout: number;
        };
        CntHtmlToPdfRequest: {
            path?: string;
            filename?: string;
            size?: {
                /** @enum {string} */
                predefined?: "a3" | "a4" | "a5" | "a6" | "letter" | "legal" | "tabloid" | "custom";
                /** @description Size in mm */
                width?: number;
                /** @description Size in mm */
                height?: number;
            };
            margin?: {
                /** @default 0 */
                top: number;
                /** @default 0 */
                bottom: number;
                /** @default 0 */
                left: number;
                /** @default 0 */
                right: number;
            };
            /** @enum {string} */
            method?: "upsert" | "resolve" | "strict";
            content?: string;
            /** @default 2 */
            wait_delay: number;
            /** @default 10 */
            wait_timeout: number;
        };
        CntIndex: {
            /** Format: uuid */
            id?: string;
            name?: string;
            host?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntIndexResponse: {
            /** Format: uuid */
            id?: string;
            count?: number;
            hits?: components["schemas"]["CntDocumentResponse"][];
            facets?: components["schemas"]["CntFacet"][];
        };
        CntIndexSettings: {
            synonyms?: components["schemas"]["CntIndexSettingsSynonyms"];
            stop_words?: string[];
            ranking_rules?: string[];
            facet_fields?: string[];
            distinct_field?: string;
            search_fields?: string[];
            display_fields?: string[];
            filters?: components["schemas"]["CntListIndexFilter"][];
            /** Format: date-time */
            last_processed_at?: string;
        };
        CntIndexSettingsSynonyms: Record<string, unknown>;
        CntIndexSettingsUpdate: {
            synonyms?: components["schemas"]["CntIndexSettingsSynonyms"];
            stop_words?: string[];
            ranking_rules?: string[];
            filters?: components["schemas"]["CntListIndexFilter"][];
        };
        CntIndexUpdate: {
            status?: string;
            /** Format: int64 */
            updateId?: number;
            type?: components["schemas"]["CntIndexUpdateType"];
            duration?: number;
            enqueuedAt?: string;
            processedAt?: string;
        };
        CntIndexUpdateType: {
            /** @enum {string} */
            name?: "DocumentsAddition" | "DocumentsPartial" | "DocumentsDeletion" | "Settings";
            number?: number;
        };
        CntInputDocument: {
            reference?: string;
            title?: string;
            description?: string;
            sub?: string;
            /** @description The data to return in search results */
            metadata?: Record<string, unknown>;
            /** @description The data to be used for filters and faceting */
            filters?: Record<string, unknown>;
        };
        CntInstantFilter: {
            key?: string;
            /** @enum {string} */
            operator?: "in" | "gt" | "gte" | "lt" | "lte" | "not_in";
            values?: string[];
        };
        CntInstantProxy: {
            key?: string;
            indexes?: components["schemas"]["CntInstantProxyIndex"][];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntInstantProxyIndex: {
            /** Format: uuid */
            index_id?: string;
            alias?: string;
        };
        CntLine: {
            /** Format: uuid */
            reference?: string;
            data?: Record<string, unknown>;
        };
        CntLineError: {
            /** Format: uuid */
            reference?: string;
            errors?: components["schemas"]["CntColumnError"][];
        };
        CntListIndex: {
            /** Format: uuid */
            id?: string;
            name?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntListIndexFilter: {
            /** @enum {string} */
            type?: "string" | "boolean" | "number";
            key?: string;
        };
        CntObjectCloneRequest: {
            path?: string;
            file_id?: string;
        };
        CntPagination: {
            entity_count?: number;
            page_limit?: number;
            page_count?: number;
            next_page_cursor?: string;
        };
        CntPdf: {
            id?: string;
            filename?: string;
            label?: string;
            dir?: string;
            /** @example file */
            type?: string;
            mime?: string;
            url?: string;
            is_public?: boolean;
            is_listed?: boolean;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntProxy: {
            key?: string;
            origin?: string;
            config?: components["schemas"]["CntConfig"];
            secret?: string;
            tenant_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntProxyModel: {
            key?: string;
            origin?: string;
            config?: components["schemas"]["CntConfig"];
        };
        CntProxyUpdateModel: {
            origin?: string;
            config?: components["schemas"]["CntConfig"];
        };
        CntRelativeDate: {
            quantity?: number;
            /** @enum {string} */
            key?: "minutes" | "hours" | "days" | "weeks" | "months";
            /** @enum {string} */
            direction?: "ago" | "ahead";
            at?: {
                timezone?: string;
                /** @enum {string} */
                hour?: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "0" | "now";
                /** @enum {string} */
                minute?: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "32" | "33" | "34" | "35" | "36" | "37" | "38" | "39" | "40" | "41" | "42" | "43" | "44" | "45" | "46" | "47" | "48" | "49" | "50" | "51" | "52" | "53" | "54" | "55" | "56" | "57" | "58" | "59" | "0" | "now";
                /** @enum {string} */
                day_of_week?: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saterday" | "sunday";
                /** @enum {string} */
                day_of_month?: "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "10" | "11" | "12" | "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20" | "21" | "22" | "23" | "24" | "25" | "26" | "27" | "28" | "29" | "30" | "31" | "last";
            };
        };
        CntSeachResponse: {
            hits?: components["schemas"]["CntDocumentResponse"][];
            facets?: components["schemas"]["CntFacet"][];
            pagination?: components["schemas"]["CntPagination"];
        };
        CntSearchIndexRequest: {
            q?: string;
            offset?: number;
            limit?: number;
            threshold?: number;
            filters?: components["schemas"]["CntInstantFilter"][];
            facets?: string[];
        };
        CntSearchQuery: {
            q?: string[];
            /** @default true */
            is_fuzzy: boolean;
            filter?: components["schemas"]["CntFilter"][];
            missing?: string[];
            facets?: string[];
            limit?: number;
            /**
             * Format: double
             * @default 1
             */
            threshold: number;
            page_cursor?: string;
            sort?: components["schemas"]["CntSort"][];
        };
        CntSearchRequest: {
            q?: string;
            offset?: number;
            limit?: number;
            threshold?: number;
            indices?: string[];
            filters?: components["schemas"]["CntInstantFilter"][];
            facets?: string[];
        };
        /** @description "results" contains the search results for each selected index. */
        CntSearchResponse: {
            results?: components["schemas"]["CntIndexResponse"][];
            offset?: number;
            limit?: number;
            count?: number;
            q?: string;
        };
        CntSimpleDocumentResponse: {
            reference?: string;
            title?: string;
            code?: string;
            model?: string;
            namespace?: string;
            description?: string;
            sub?: string;
            metadata?: Record<string, unknown>;
        };
        CntSimpleQuery: {
            codes?: string[];
            models?: string[];
            namespaces?: string[];
            q?: string[];
            /** @default true */
            is_fuzzy: boolean;
            limit?: number;
            /**
             * Format: double
             * @default 1
             */
            threshold: number;
            page_cursor?: string;
        };
        CntSimpleSeachResponse: {
            hits?: components["schemas"]["CntSimpleDocumentResponse"][];
            pagination?: components["schemas"]["CntPagination"];
        };
        CntSort: {
            key?: string;
            /** @enum {string} */
            order?: "asc" | "desc";
        };
        CntStorage: {
            id?: number;
            name?: string;
            /** @enum {string} */
            type?: "ftp" | "sftp";
            configuration?: Record<string, unknown>;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntStorageModel: {
            name?: string;
            /** @enum {string} */
            type?: "ftp" | "sftp";
            configuration?: Record<string, unknown>;
            secret?: string;
        };
        CntStorageObject: {
            /** @description The file / directory path at the external storage */
            path?: string;
            basename?: string;
            /** @enum {string} */
            type?: "file" | "dir";
            size?: number;
        };
        CntStorageSyncCommand: {
            /** @description The file / directory path at the external storage, required for download */
            path?: string;
            file_id?: string;
        };
        CntStorageTest: {
            /** @enum {string} */
            type?: "ftp" | "sftp";
            configuration?: Record<string, unknown>;
            secret?: string;
        };
        CntSuggestResponse: {
            hits?: components["schemas"]["CntSimpleDocumentResponse"][];
        };
        CntUpdateIndexRequest: {
            name?: string;
        };
        CntUpdateProxyRequest: {
            indexes?: components["schemas"]["CntInstantProxyIndex"][];
        };
        CntUploadRequest: {
            is_public?: boolean;
            path?: string;
            is_listed?: boolean;
            /**
             * @default strict
             * @enum {string}
             */
            method: "resolve" | "strict" | "upsert";
            metadata?: Record<string, unknown>;
        };
        CntUploadResponse: {
            /** Format: date-time */
            expires_at?: string;
            signature?: string;
        };
        CntWatcher: {
            id?: number;
            description?: string;
            storage_id?: number;
            source?: components["schemas"]["CntWatcherSource"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        CntWatcherModel: {
            description?: string;
            storage_id?: number;
            source?: components["schemas"]["CntWatcherSource"];
        };
        CntWatcherSource: {
            /** @example directory */
            type?: string;
            config?: Record<string, unknown>;
        };
        DecodeDateFilterResponse: {
            query?: components["schemas"]["CntRelativeDate"];
            /** @example 1593505091 */
            epoch?: number;
            /** Format: date-time */
            formatted?: string;
        };
        DeleteInstantDocumentBody: string[];
        Error: {
            code?: number;
            message?: string;
            reference?: string;
            errors?: {
                [key: string]: string[];
            };
        };
        GenerateDateFilterResponse: {
            /** @example 1593505091 */
            epoch?: number;
            /** Format: date-time */
            formatted?: string;
            /** @example _eyJxdWFudGl0eSI6NCwia2V5IjoibW9udGhzIiwiZGlyZWN0aW9uIjoiYWhlYWQiLCJhdCI6eyJob3VycyI6bnVsbCwibWludXRlcyI6bnVsbCwiZGF5X29mX3dlZWsiOm51bGwsImRheV9vZl9tb250aCI6Imxhc3QifX0= */
            filter?: string;
        };
        GetDataflowModelResponse: Record<string, unknown>;
        GetFilesystemAdapterConfigurationsResponse: {
            /** @example ftp */
            type?: string;
            /** @example ewoJIiRzY2hlbWEiOiAiaHR0cDovL2pzb24tc2NoZW1hLm9yZy9kcmFmdC0wNy9zY2hlbWEiLAoJIiRpZCI6ICJodHRwOi8vZXhhbXBsZS5jb20vZXhhbXBsZS5qc29uIiwKCSJ0eXBlIjogIm9iamVjdCIsCgkidGl0bGUiOiAiVGhlIHJvb3Qgc2NoZW1hIiwKCSJkZXNjcmlwdGlvbiI6ICJUaGUgcm9vdCBzY2hlbWEgY29tcHJpc2VzIHRoZSBlbnRpcmUgSlNPTiBkb2N1bWVudC4iLAoJImRlZmF1bHQiOiB7fSwKCSJhZGRpdGlvbmFsUHJvcGVydGllcyI6IHRydWUKfQ== */
            schema?: string;
        }[];
        GetMultipleDataflowModelsBody: {
            /** @example shipment_23144235 */
            reference?: string;
            entity_id?: string;
            entity_type?: string;
        }[];
        GetMultipleDataflowModelsResponse: {
            /** @example shipment_23144235 */
            reference?: string;
            data?: Record<string, unknown>;
        }[];
        ListDirectoriesResponse: {
            directories?: string[];
        };
        MatchTesterResponse: {
            result?: {
                /** @example false */
                is_match?: boolean;
                misses?: {
                    keys?: string[];
                    configs?: string[];
                };
            };
            /**
             * @example {
             *       "order.id": "26cfb69d-94cd-4213-b428-b5851419ccf8",
             *       "order.number": "ODR-10000546",
             *       "order.settings.contact.id": "gsrfiajgpw85jgop8w5j65p948ej56wip5jsa4eop5jiaerg",
             *       "order.settings.contact.email": "peter@afosto.com"
             *     }
             */
            input?: Record<string, unknown>;
        };
        ReadObjectResponse: string;
        ReadStorageResponse: string;
        TriggerFlowBody: {
            /** Format: uuid */
            entity_id?: string;
            /** Format: date-time */
            clock_at?: string;
        };
        UploadFileBody: {
            file: string;
        };
    };
    responses: {
        /** @description Bad Request */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Forbidden */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Internal Server Error */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not Found */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Service Unavailable */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
        XPage: string;
        /** @description The requested page size. */
        XPageSize: number;
    };
    requestBodies: never;
    headers: {
        /** @description The pagination cursor; send it as the x-page request header to get the next page. */
        XPage: string;
        /** @description Total items per page. */
        XPageSize: number;
        /** @description Total item count. */
        XCount: number;
        /** @description Reference to the backend task. */
        XTaskId: string;
    };
    pathItems: never;
}
export type SchemaCntAction = components['schemas']['CntAction'];
export type SchemaCntBatch = components['schemas']['CntBatch'];
export type SchemaCntBatchFile = components['schemas']['CntBatchFile'];
export type SchemaCntBatchRequest = components['schemas']['CntBatchRequest'];
export type SchemaCntBucket = components['schemas']['CntBucket'];
export type SchemaCntColumnConfig = components['schemas']['CntColumnConfig'];
export type SchemaCntColumnError = components['schemas']['CntColumnError'];
export type SchemaCntConfig = components['schemas']['CntConfig'];
export type SchemaCntCreateIndexRequest = components['schemas']['CntCreateIndexRequest'];
export type SchemaCntCreateProxyRequest = components['schemas']['CntCreateProxyRequest'];
export type SchemaCntDataflow = components['schemas']['CntDataflow'];
export type SchemaCntDataflowFilter = components['schemas']['CntDataflowFilter'];
export type SchemaCntDataflowModel = components['schemas']['CntDataflowModel'];
export type SchemaCntDataflowType = components['schemas']['CntDataflowType'];
export type SchemaCntDataset = components['schemas']['CntDataset'];
export type SchemaCntDatasetRequest = components['schemas']['CntDatasetRequest'];
export type SchemaCntDefinition = components['schemas']['CntDefinition'];
export type SchemaCntDefinitionModel = components['schemas']['CntDefinitionModel'];
export type SchemaCntDirectoryRequest = components['schemas']['CntDirectoryRequest'];
export type SchemaCntDocumentResponse = components['schemas']['CntDocumentResponse'];
export type SchemaCntFacet = components['schemas']['CntFacet'];
export type SchemaCntField = components['schemas']['CntField'];
export type SchemaCntFile = components['schemas']['CntFile'];
export type SchemaCntFilesystemLog = components['schemas']['CntFilesystemLog'];
export type SchemaCntFilter = components['schemas']['CntFilter'];
export type SchemaCntGifInfo = components['schemas']['CntGifInfo'];
export type SchemaCntHtmlToInlinePdfRequest = components['schemas']['CntHtmlToInlinePdfRequest'];
export type SchemaCntHtmlToPdfRequest = components['schemas']['CntHtmlToPdfRequest'];
export type SchemaCntIndex = components['schemas']['CntIndex'];
export type SchemaCntIndexResponse = components['schemas']['CntIndexResponse'];
export type SchemaCntIndexSettings = components['schemas']['CntIndexSettings'];
export type SchemaCntIndexSettingsSynonyms = components['schemas']['CntIndexSettingsSynonyms'];
export type SchemaCntIndexSettingsUpdate = components['schemas']['CntIndexSettingsUpdate'];
export type SchemaCntIndexUpdate = components['schemas']['CntIndexUpdate'];
export type SchemaCntIndexUpdateType = components['schemas']['CntIndexUpdateType'];
export type SchemaCntInputDocument = components['schemas']['CntInputDocument'];
export type SchemaCntInstantFilter = components['schemas']['CntInstantFilter'];
export type SchemaCntInstantProxy = components['schemas']['CntInstantProxy'];
export type SchemaCntInstantProxyIndex = components['schemas']['CntInstantProxyIndex'];
export type SchemaCntLine = components['schemas']['CntLine'];
export type SchemaCntLineError = components['schemas']['CntLineError'];
export type SchemaCntListIndex = components['schemas']['CntListIndex'];
export type SchemaCntListIndexFilter = components['schemas']['CntListIndexFilter'];
export type SchemaCntObjectCloneRequest = components['schemas']['CntObjectCloneRequest'];
export type SchemaCntPagination = components['schemas']['CntPagination'];
export type SchemaCntPdf = components['schemas']['CntPdf'];
export type SchemaCntProxy = components['schemas']['CntProxy'];
export type SchemaCntProxyModel = components['schemas']['CntProxyModel'];
export type SchemaCntProxyUpdateModel = components['schemas']['CntProxyUpdateModel'];
export type SchemaCntRelativeDate = components['schemas']['CntRelativeDate'];
export type SchemaCntSeachResponse = components['schemas']['CntSeachResponse'];
export type SchemaCntSearchIndexRequest = components['schemas']['CntSearchIndexRequest'];
export type SchemaCntSearchQuery = components['schemas']['CntSearchQuery'];
export type SchemaCntSearchRequest = components['schemas']['CntSearchRequest'];
export type SchemaCntSearchResponse = components['schemas']['CntSearchResponse'];
export type SchemaCntSimpleDocumentResponse = components['schemas']['CntSimpleDocumentResponse'];
export type SchemaCntSimpleQuery = components['schemas']['CntSimpleQuery'];
export type SchemaCntSimpleSeachResponse = components['schemas']['CntSimpleSeachResponse'];
export type SchemaCntSort = components['schemas']['CntSort'];
export type SchemaCntStorage = components['schemas']['CntStorage'];
export type SchemaCntStorageModel = components['schemas']['CntStorageModel'];
export type SchemaCntStorageObject = components['schemas']['CntStorageObject'];
export type SchemaCntStorageSyncCommand = components['schemas']['CntStorageSyncCommand'];
export type SchemaCntStorageTest = components['schemas']['CntStorageTest'];
export type SchemaCntSuggestResponse = components['schemas']['CntSuggestResponse'];
export type SchemaCntUpdateIndexRequest = components['schemas']['CntUpdateIndexRequest'];
export type SchemaCntUpdateProxyRequest = components['schemas']['CntUpdateProxyRequest'];
export type SchemaCntUploadRequest = components['schemas']['CntUploadRequest'];
export type SchemaCntUploadResponse = components['schemas']['CntUploadResponse'];
export type SchemaCntWatcher = components['schemas']['CntWatcher'];
export type SchemaCntWatcherModel = components['schemas']['CntWatcherModel'];
export type SchemaCntWatcherSource = components['schemas']['CntWatcherSource'];
export type SchemaDecodeDateFilterResponse = components['schemas']['DecodeDateFilterResponse'];
export type SchemaDeleteInstantDocumentBody = components['schemas']['DeleteInstantDocumentBody'];
export type SchemaError = components['schemas']['Error'];
export type SchemaGenerateDateFilterResponse = components['schemas']['GenerateDateFilterResponse'];
export type SchemaGetDataflowModelResponse = components['schemas']['GetDataflowModelResponse'];
export type SchemaGetFilesystemAdapterConfigurationsResponse = components['schemas']['GetFilesystemAdapterConfigurationsResponse'];
export type SchemaGetMultipleDataflowModelsBody = components['schemas']['GetMultipleDataflowModelsBody'];
export type SchemaGetMultipleDataflowModelsResponse = components['schemas']['GetMultipleDataflowModelsResponse'];
export type SchemaListDirectoriesResponse = components['schemas']['ListDirectoriesResponse'];
export type SchemaMatchTesterResponse = components['schemas']['MatchTesterResponse'];
export type SchemaReadObjectResponse = components['schemas']['ReadObjectResponse'];
export type SchemaReadStorageResponse = components['schemas']['ReadStorageResponse'];
export type SchemaTriggerFlowBody = components['schemas']['TriggerFlowBody'];
export type SchemaUploadFileBody = components['schemas']['UploadFileBody'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterXPage = components['parameters']['XPage'];
export type ParameterXPageSize = components['parameters']['XPageSize'];
export type HeaderXPage = components['headers']['XPage'];
export type HeaderXPageSize = components['headers']['XPageSize'];
export type HeaderXCount = components['headers']['XCount'];
export type HeaderXTaskId = components['headers']['XTaskId'];
export type $defs = Record<string, never>;
export interface operations {
    listActions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of actions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntAction"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A single action */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntAction"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBarcode: {
        parameters: {
            query: {
                /** @description Type of barcode */
                t: "ean" | "code_128" | "code_39" | "code_93" | "qr";
                /** @description Value of the barcode */
                v: string;
                /** @description Width of the barcode in pixels */
                w?: number;
                /** @description Height of the barcode in pixels */
                h?: number;
                /** @description Fallback for failing (invalid) EAN barcodes */
                f?: "code_128" | "code_39" | "code_93" | "qr";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The barcode */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/png": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBatches: {
        parameters: {
            query?: {
                code?: string;
            };
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of batches */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntBatch"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntBatchRequest"];
            };
        };
        responses: {
            /** @description The newly created batch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntBatch"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Batch information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntBatch"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntBatchRequest"];
            };
        };
        responses: {
            /** @description Batch information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntBatch"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Batch information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntBatch"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    confirmBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            200: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getBatchErrors: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Batch errors */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntLineError"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    validateBatch: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted */
            200: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDataFlows: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of dataflows */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDataflow"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createStream: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntDataflowModel"];
            };
        };
        responses: {
            /** @description The new flow */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDataflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDataflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A single dataflow */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDataflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateDataflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntDataflowModel"];
            };
        };
        responses: {
            /** @description Resulting dataflow */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDataflow"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDataflow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted dataflow */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    triggerFlow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TriggerFlowBody"];
            };
        };
        responses: {
            /** @description The flow is being performed */
            204: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getMultipleDataflowModels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GetMultipleDataflowModelsBody"];
            };
        };
        responses: {
            /** @description The data that is used to perform a flow with this data-type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMultipleDataflowModelsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDataflowModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The data that is used to perform a flow with this data-type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDataflowModelResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    matchTester: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The match results and input that was used to match against */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MatchTesterResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDataFlowTypes: {
        parameters: {
            query?: {
                code?: string;
            };
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of dataflow types */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDataflowType"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    viewDataflowType: {
        parameters: {
            query?: {
                code?: string;
            };
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path: {
                type: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of dataflow types */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDataflowType"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDatasets: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A set of lines */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDataset"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDataset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntDatasetRequest"];
            };
        };
        responses: {
            /** @description Accepted */
            200: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDataset"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getDataset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A set of lines */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDataset"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    attachFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntBatchFile"];
            };
        };
        responses: {
            /** @description Accepted */
            204: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    exportData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Received request */
            204: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getLines: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A set of lines */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntLine"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    attachData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntLine"][];
            };
        };
        responses: {
            /** @description Received data */
            204: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDefinitions: {
        parameters: {
            query?: {
                code?: string;
                model?: string;
                namespace?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The search results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDefinition"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    upsertDefinition: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntDefinitionModel"];
            };
        };
        responses: {
            /** @description The search results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntDefinition"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listDirectories: {
        parameters: {
            query?: {
                dir?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Directory list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListDirectoriesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntDirectoryRequest"];
            };
        };
        responses: {
            /** @description Directory created */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteDirectory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntDirectoryRequest"];
            };
        };
        responses: {
            /** @description Directory deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFiles: {
        parameters: {
            query?: {
                dir?: string;
                is_public?: "1" | "0";
            };
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File list */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntFile"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createSignedUrl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntUploadRequest"];
            };
        };
        responses: {
            /** @description The signature data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntUploadResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                signature: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["UploadFileBody"];
            };
        };
        responses: {
            /** @description File list */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntFile"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File list */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntFile"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deleted file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFilesystemAdapterConfigurations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of filesystems adapter configurations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFilesystemAdapterConfigurationsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    readObject: {
        parameters: {
            query: {
                path: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File contents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadObjectResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    cloneObject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntObjectCloneRequest"];
            };
        };
        responses: {
            /** @description File sync requested */
            204: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteObject: {
        parameters: {
            query: {
                path: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Will delete the object */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listObjects: {
        parameters: {
            query: {
                path: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Path contents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntStorageObject"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFilesystemLogs: {
        parameters: {
            query?: {
                file_id?: string;
                storage_id?: number;
                is_success?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of filesystem logs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntFilesystemLog"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFilesystemStorages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of storages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntStorage"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createStorage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntStorageModel"];
            };
        };
        responses: {
            /** @description Tne new filesytem */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntStorage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFilesystemStorage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of storages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntStorage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateStorage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntStorageModel"];
            };
        };
        responses: {
            /** @description The updated storage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntStorage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deprecatedSyncFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntStorageSyncCommand"];
            };
        };
        responses: {
            /** @description File sync requested */
            204: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteStorage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Store deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listStorage: {
        parameters: {
            query: {
                /** @description path/to/file.csv */
                path: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Path contents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntStorageObject"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    readStorage: {
        parameters: {
            query: {
                /** @description path/to/file.csv */
                path: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description File contents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadStorageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    syncFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntStorageSyncCommand"];
            };
        };
        responses: {
            /** @description File sync requested */
            204: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testExistingStorage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    testConnection: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntStorageTest"];
            };
        };
        responses: {
            /** @description Connection is ok */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listFileWatchers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of watchers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntWatcher"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createFileWatcher: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntWatcherModel"];
            };
        };
        responses: {
            /** @description A list of watchers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntWatcher"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getFileWatcher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A wachte */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntWatcher"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateFileWatcher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntWatcherModel"];
            };
        };
        responses: {
            /** @description A wachter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntWatcher"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteFileWatcher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A wachter */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntWatcher"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    decodeDateFilter: {
        parameters: {
            query: {
                input: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The epoch timestamp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecodeDateFilterResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    generateDateFilter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Query object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntRelativeDate"];
            };
        };
        responses: {
            /** @description The epoch timestamp */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateDateFilterResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getGifInfo: {
        parameters: {
            query?: {
                /** @description the requested URL */
                url?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list of orders */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntGifInfo"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    transformGif: {
        parameters: {
            query?: {
                /** @description the requested URL */
                url?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transcoded MP4 */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    generatePDF: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntHtmlToPdfRequest"];
            };
        };
        responses: {
            /** @description The reference to the generated file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntPdf"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    generateInlinePDF: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntHtmlToInlinePdfRequest"];
            };
        };
        responses: {
            /** @description File contents */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInstantIndexes: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of indexes */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntListIndex"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createInstantIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntCreateIndexRequest"];
            };
        };
        responses: {
            /** @description The created index */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntIndex"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInstantIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A single index */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntIndex"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateInstantIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntUpdateIndexRequest"];
            };
        };
        responses: {
            /** @description The updated index */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntIndex"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteInstantIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    upsertInstantDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntInputDocument"][];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    clearInstantIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteInstantDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["DeleteInstantDocumentBody"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchInstantIndex: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntSearchIndexRequest"];
            };
        };
        responses: {
            /** @description The search results */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    "x-page-size": components["headers"]["XPageSize"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntSearchResponse"];
                    "application/vnd.instantsearch+json": components["schemas"]["CntSearchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInstantIndexSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntIndexSettings"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateInstantIndexSettings: {
        parameters: {
            query?: {
                /** @description Add to wait for the asynchronous update to finish */
                sync?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntIndexSettingsUpdate"];
            };
        };
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    resetInstantIndexSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInstantIndexUpdates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntIndexUpdate"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInstantIndexUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                update_id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntIndexUpdate"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listInstantProxies: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A list of proxies */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntInstantProxy"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createInstantProxy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntCreateProxyRequest"];
            };
        };
        responses: {
            /** @description The created proxy */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntInstantProxy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getInstantProxy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A proxy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntInstantProxy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateInstantProxy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntUpdateProxyRequest"];
            };
        };
        responses: {
            /** @description The updated proxy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntInstantProxy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    deleteInstantProxy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchInstant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntSearchRequest"];
            };
        };
        responses: {
            /** @description The search results */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    "x-page-size": components["headers"]["XPageSize"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntSearchResponse"];
                    "application/vnd.instantsearch+json": components["schemas"]["CntSearchResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    listProxies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Proxy configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntProxy"][];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    createProxy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntProxyModel"];
            };
        };
        responses: {
            /** @description The proxy data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntProxy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getProxy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Proxy configuration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntProxy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    updateProxy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntProxyUpdateModel"];
            };
        };
        responses: {
            /** @description The signature data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntProxy"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    search: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path?: never;
            cookie?: never;
        };
        /** @description Query object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntSimpleQuery"];
            };
        };
        responses: {
            /** @description The search results */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntSimpleSeachResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    searchModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
                /** @description The requested page size. */
                "x-page-size"?: components["parameters"]["XPageSize"];
            };
            path: {
                /** @description the namespace */
                namespace: string;
                code: string;
                model: string;
            };
            cookie?: never;
        };
        /** @description Query object */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CntSearchQuery"];
            };
        };
        responses: {
            /** @description The search results */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntSeachResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    suggest: {
        parameters: {
            query: {
                /** @description The query */
                q: string;
                /** @description The query */
                limit?: number;
                /** @description The query */
                codes?: string[];
                /** @description The models we want to query */
                models?: string[];
                /** @description The namesapce we want to query */
                namespaces?: string[];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The suggestions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CntSuggestResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
}
