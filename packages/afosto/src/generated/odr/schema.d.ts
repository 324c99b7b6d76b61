export interface paths {
    "/odr/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get balance
         * @description Returns balance data
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/balance/apply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply balance
         * @description Apply balance to the credit reference
         */
        post: operations["applyCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/balance/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List records
         * @description Returns a list of records
         */
        get: operations["listCreditRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/calculations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List calculations
         * @description Returns a list of calculations
         */
        get: operations["listCalculations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/calculations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get calculation
         * @description Returns a calculation
         */
        get: operations["getCalculation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/calculations/{id}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invoice calculation
         * @description Creates the invoice
         */
        post: operations["createInvoiceForCalculation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/coupons/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get categories
         * @description Get a listing of available coupon categories
         */
        get: operations["getCouponCategories"];
        put?: never;
        /**
         * Create categories
         * @description Add a new category
         */
        post: operations["createCouponCategory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/coupons/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View category
         * @description Get a coupon category by ID
         */
        get: operations["getCouponCategory"];
        /**
         * Update category
         * @description Update coupon category
         */
        put: operations["updateCouponCategory"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/coupons/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get coupons
         * @description Get a listing of available coupons
         */
        get: operations["getCoupons"];
        put?: never;
        /**
         * Create coupons
         * @description Add a new coupon
         */
        post: operations["createCoupons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/coupons/codes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View coupon
         * @description Get a single coupon by ID
         */
        get: operations["viewCoupon"];
        put?: never;
        post?: never;
        /**
         * Disable coupon
         * @description Disable a coupon: it is marked as expired
         */
        delete: operations["disableCoupon"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of fiter sets
         * @description Get a listing filters per sku
         */
        get: operations["getFilterSets"];
        /**
         * Upsert filters for skus
         * @description Create or update filters for products
         */
        put: operations["attachFilters"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/filters/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of filter keys
         * @description Returns distinct filter keys
         */
        get: operations["getFilterKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/filters/keys/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of filter values for a given key
         * @description Returns distinct filter values
         */
        get: operations["getFilterValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List invoices
         * @description Returns a list of invoices
         */
        get: operations["listInvoices"];
        put?: never;
        /**
         * Create invoice
         * @description Create a new invoice
         */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View invoice
         * @description Returns a single invoice by id
         */
        get: operations["viewInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/invoices/{id}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Mark paid
         * @description Mark invoice as paid
         */
        put: operations["markPaid"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/invoices/{id}/print": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate invoice
         * @description Generate PDF invoice
         */
        post: operations["generatePdfInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of available payment methods
         * @description Returns a list of payment methods
         */
        get: operations["listPaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/methods/{provider_code}/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get method
         * @description Get single payment method
         */
        get: operations["getPaymentMethod"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/options/rules/constraints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a of options for constraints
         * @description Get a listing of available constraint rules
         */
        get: operations["getConstraintOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List orders
         * @description Returns a list of orders
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Create order
         * @description Creates and returns the new order
         */
        post: operations["createStack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get order
         * @description Returns an order
         */
        get: operations["getOrder"];
        /**
         * Update order
         * @description Updates order settings
         */
        put: operations["updateOrderSettings"];
        post?: never;
        /**
         * Remove order
         * @description Removes an order
         */
        delete: operations["deleteOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept order
         * @description Update the order state
         */
        post: operations["acceptOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/allocate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Allocate order
         * @description allocate the order
         */
        post: operations["allocateOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authorize order
         * @description Request authorization for the order. Upon authorization (directly or after payment), the order will be processed automatically.
         */
        post: operations["authorizeOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/backorders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get backorders
         * @description Returns all backorders for current order
         */
        get: operations["getBackorders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/calculation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get calculation
         * @description Returns the newest, non expired, calculation for the order
         */
        get: operations["getOrderCalculation"];
        put?: never;
        /**
         * Calculate order
         * @description Request calculation for the order
         */
        post: operations["createCalculation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel order
         * @description Cancel the order
         */
        post: operations["cancelOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm order
         * @description Update the order state
         */
        post: operations["confirmOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update state
         * @description Update the order state
         */
        put: operations["updateState"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/fulfil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fulfil order
         * @description fulfil the order
         */
        post: operations["fulfilOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List items
         * @description Returns a list of items
         */
        get: operations["listItems"];
        put?: never;
        /**
         * Add items
         * @description Adds items to the stack that was previously created
         */
        post: operations["addItems"];
        /**
         * Delete items
         * @description Delete items by ID
         */
        delete: operations["deleteItems"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/items/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach warehouse item onto an order item
         * @description set the warehouse item on a product.
         */
        post: operations["attachWarehouseItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/items/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove the allocation from an order item
         * @description set the warehouse item on a product.
         */
        post: operations["cancelOrderItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/items/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set claim
         * @description set an claim on a order item
         */
        put: operations["setClaim"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/items/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List items with routing
         * @description Returns a list of items
         */
        get: operations["listItemsRouting"];
        /**
         * Set route
         * @description Define a WMS route for a set of order items
         */
        put: operations["setRoute"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/items/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * From search
         * @description Add items to order based on item search
         */
        post: operations["confirmItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get projection
         * @description Returns an order's projection
         */
        get: operations["getOrderProjection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/references": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get references
         * @description Returns affiliated orders
         */
        get: operations["getOrderReferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/stacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get stacks
         * @description Returns all affiliated line sets that orginate from the order. For example inventory allocation, shipment or parcel data.
         */
        get: operations["getOrderStacks"];
        put?: never;
        /**
         * Reference stack
         * @description Creates and returns the new stack
         */
        post: operations["transitionStack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/orders/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Update tags
         * @description Update tags for order
         */
        put: operations["updateOrderTags"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/payments/{secret}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get live payment information
         * @description Returns the live details of a payment
         */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/payments/{secret}/execute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Execute payment
         * @description Start a payment for a transaction at the provider
         */
        get: operations["executePaymentTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/payments/{secret}/paid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark paid
         * @description Marks a payment as paid
         */
        post: operations["markPaymentAsPaid"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/payments/{secret}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start payment
         * @description Start a payment for a transaction at the provider
         */
        get: operations["startPaymentTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Project pricing
         * @description Returns a cost projection
         */
        post: operations["createProjection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of providers
         * @description Returns a list of payment providers
         */
        get: operations["listProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a list of pricing rules
         * @description Get a listing of available pricing rules
         */
        get: operations["getPricingRules"];
        put?: never;
        /**
         * Add a pricing rule
         * @description Add a new pricing rule to the set
         */
        post: operations["createPricingRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/rules/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Evaluate the existing set of pricing rules
         * @description Test to see if rules would be applied
         */
        post: operations["evaluateRules"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a pricing rule
         * @description Get a pricing rule
         */
        get: operations["getPricingRule"];
        /**
         * Update a pricing rule
         * @description Update an existing pricing rule
         */
        put: operations["updatePricingRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/search/calculations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search calculations
         * @description Search calculations by id
         */
        post: operations["searchCalculations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/search/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search coupons
         * @description Search coupons by code
         */
        post: operations["searchCoupons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/search/coupons/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search coupon categories
         * @description Search coupon categories by id
         */
        post: operations["searchCouponCategories"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/search/filters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search filters
         * @description Returns a list of filters
         */
        post: operations["searchFilters"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/search/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search invoices
         * @description Search invoices by ID
         */
        post: operations["searchInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/search/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for orders
         * @description Search orders by id
         */
        post: operations["searchOrders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/search/orders/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for items
         * @description Returns a list items
         */
        post: operations["searchGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/search/orders/items/attach": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for items with routing
         * @description Returns a list items with routing
         */
        post: operations["searchGroupsWithAttach"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/search/orders/items/routing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search for items with routing
         * @description Returns a list items with routing
         */
        post: operations["searchGroupsWithRouting"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get services
         * @description Get a listing of available services
         */
        get: operations["getServices"];
        put?: never;
        /**
         * Create services
         * @description Add a new service
         */
        post: operations["createService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/services/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * View services
         * @description Get a single service by ID
         */
        get: operations["getService"];
        /**
         * Update service
         * @description Get a single service by ID
         */
        put: operations["updateService"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a checkout session
         * @description start a checkout session
         */
        post: operations["startSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returns the session expiry date
         * @description Returns the session expiry date
         */
        get: operations["getSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/address": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create address
         * @description Create a address
         */
        post: operations["createSessionAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/authenticate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authenticate a contact for the session
         * @description Lets an user authenticate their contact through username and password
         */
        post: operations["authenticateSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/authenticated": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authenticate a contact for the session
         * @description set an authenticated user on a session
         */
        post: operations["setAuthenticatedUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Authorize the session calculation
         * @description authorize session and continue to payment
         */
        post: operations["authorizeSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/billing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get billing address
         * @description Returns a list of applicable shipping methods
         */
        get: operations["getSessionBilling"];
        /**
         * Set billing address
         * @description set the shipping address used for the session
         */
        put: operations["selectSessionShippingOption"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/billing/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get billing method
         * @description Returns a list of known shipping addresses
         */
        get: operations["getSessionBillingMethod"];
        /**
         * Set billing method
         * @description Select billing method
         */
        put: operations["selectSessionBillingMethodRequest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/calculation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a calculation for the order
         * @description Returns a calculation for the session
         */
        get: operations["getSessionSessionCalculation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the current contact information
         * @description Returns the contact information
         */
        get: operations["getSessionContact"];
        put?: never;
        /**
         * Add a new contact to the session
         * @description create a new contact and add it to the session
         */
        post: operations["createSessionContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate the existence of an identity
         * @description Returns a 204 when the identity exists
         */
        post: operations["sessionIdentityExists"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Attach an order to the session
         * @description Lets an user authenticate their contact through username and password
         */
        put: operations["attachSession"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get organisation
         * @description get the current organisation information
         */
        get: operations["getSessionOrganisation"];
        /**
         * Set organisation
         * @description Select an organisation
         */
        put: operations["selectSessionOrganisationRequest"];
        /**
         * Create organisation
         * @description create an organisation
         */
        post: operations["createSessionOrganisation"];
        /**
         * Remove active organisaton
         * @description removes the current selected organisation from the session
         */
        delete: operations["removeSessionOrganisation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/phonenumbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the contact phonenumber
         * @description Returns the primary phonenumber of the customer
         */
        get: operations["getSessionPhonenumber"];
        /**
         * Select a phonenumber
         * @description select a phonenumber
         */
        put: operations["selectSessionPhonenumber"];
        /**
         * Add a contact phonenumber to the session
         * @description Create a phonenumber
         */
        post: operations["createSessionPhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/projection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the price projection for the order
         * @description Returns a projections for the session
         */
        get: operations["getSessionSessionProjection"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/reference": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the order reference
         * @description get the order reference
         */
        get: operations["getSessionReference"];
        /**
         * Set an reference on the order
         * @description set an reference on the order
         */
        put: operations["setSessionReference"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/shipping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get shipping address
         * @description RReturns the shipping address and available options
         */
        get: operations["getSessionShipppingAddress"];
        /**
         * Set shipping address
         * @description Select a billing address
         */
        put: operations["selectSessionBillingRequest"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/shipping/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get shipping method
         * @description Returns a list of known shipping addresses
         */
        get: operations["getSessionShippingMethod"];
        /**
         * Set shipping method
         * @description select the used shipping method
         */
        put: operations["selectSessionShippingMethod"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/shipping/point": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get shipping point
         * @description Returns a list of known shipping addresses
         */
        get: operations["getSessionShippingPoint"];
        /**
         * Set shipping point
         * @description select the used shipping method
         */
        put: operations["selectSessionShippingPoint"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/sessions/{id}/shipping/window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get shipping window
         * @description Returns a list of known shipping addresses
         */
        get: operations["getSessionShippingWindow"];
        /**
         * Set shipping window
         * @description select the used shipping window
         */
        put: operations["selectSessionShippingWindow"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/skus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Announce a set of skus
         * @description Provide the service with a set of valid skus
         */
        post: operations["announceSkus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transactions
         * @description Returns list of transactions
         */
        get: operations["listTransactions"];
        put?: never;
        /**
         * Create a transaction
         * @description Creates a new transaction
         */
        post: operations["createTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/transactions/{secret}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get transaction information
         * @description Returns the details of a transaction
         */
        get: operations["getTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/transactions/{secret}/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get list of available payment methods
         * @description Returns a list of payment methods available for the transaction
         */
        get: operations["listMethodsForTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/transactions/{secret}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add payment
         * @description Start a payment for a transaction
         */
        post: operations["createPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/odr/transactions/{secret}/refunds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create refund
         * @description Create a refund for the given transaction
         */
        post: operations["createRefund"];
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
        AuthorizeOrderBody: {
            /** Format: uuid */
            calculation_id?: string;
        };
        CancelOrderItemsBody: string[];
        ConfirmItemsBody: {
            is_backorder?: boolean;
            is_inbound?: boolean;
            constraints?: components["schemas"]["OdrSearchConstraint"][];
            filters?: components["schemas"]["OdrSearchFilter"][];
        };
        DeleteItemsBody: string[];
        Error: {
            code?: number;
            message?: string;
            reference?: string;
            errors?: {
                [key: string]: string[];
            };
        };
        GetFilterKeysResponse: string[];
        GetFilterValuesResponse: string[];
        GetSessionBillingMethodResponse: {
            acitve?: components["schemas"]["OdrSelectSessionBillingMethodRequest"];
            options?: components["schemas"]["OdrSessionProviderMethod"][];
        };
        GetSessionBillingResponse: {
            active?: components["schemas"]["OdrAddress"];
            options?: components["schemas"]["OdrCombinedAddressSet"];
        };
        GetSessionOrganisationResponse: {
            active?: components["schemas"]["OdrOrganisation"];
            options?: components["schemas"]["OdrGetSessionOrganisationOptionsResponse"];
        };
        GetSessionPhonenumberResponse: {
            active?: components["schemas"]["OdrPhonenumber"];
            options?: components["schemas"]["OdrCombinedPhoneNumberSet"];
        };
        GetSessionShippingMethodResponse: {
            active?: components["schemas"]["OdrSelectSessionShippingMethodRequest"];
            options?: components["schemas"]["OdrGetSessionShippingMethodResponse"][];
        };
        GetSessionShippingPointResponse: {
            active?: components["schemas"]["OdrSelectSessionShippingPointRequest"];
            options?: components["schemas"]["OdrGetSessionShippingResponse"];
        };
        GetSessionShippingWindowResponse: {
            active?: components["schemas"]["OdrSelectSessionShippingWindowResponse"];
            options?: components["schemas"]["OdrSelectSessionShippingWindowResponse"][];
        };
        GetSessionShipppingAddressResponse: {
            active?: components["schemas"]["OdrAddress"];
            options?: components["schemas"]["OdrCombinedAddressSet"];
        };
        OdrAddress: {
            id?: string;
            /** @description Two letter counpremise_numbertry code */
            country_code?: string;
            /** @description The state or province name or abbreviation (optional) */
            administrative_area?: string;
            /** @description City */
            locality?: string;
            /** @description Additional information about the locality (optional) */
            dependent_locality?: string;
            /** @description The complete postal code for the delivery point */
            postal_code?: string;
            /** @description Allow sorting, for example to route mail (optional) */
            sorting_code?: string;
            /** @description The first address line */
            address_line_1?: string;
            /** @description The second address line (optional) */
            address_line_2?: string;
            thoroughfare?: string;
            premise_number?: number;
            premise_number_suffix?: string;
            /** @description The name of the recipient, firm, or company at this address (optional) */
            organisation?: string;
            /** @description First name */
            given_name?: string;
            /** @description Patronymic */
            additional_name?: string;
            /** @description Last name */
            family_name?: string;
        };
        OdrAddressSet: {
            primary?: components["schemas"]["OdrAddress"];
            secondary?: components["schemas"]["OdrAddress"][];
        };
        OdrAdjustment: {
            reference?: string;
            description?: string;
            /** @default 0 */
            amount: number;
            is_percentage?: boolean;
            is_discount?: boolean;
        };
        OdrAttachFiltersResponse: {
            success?: number;
            failed?: number;
        };
        OdrAttachSessionRequest: {
            order_id?: string;
        };
        OdrAttachWarehouseItemsRequest: {
            /** Format: uuid */
            order_item_id?: string;
            /** Format: uuid */
            inventory_item_id?: string;
        };
        OdrAttempt: {
            psp_reference?: string;
            amount_paid?: number;
            /** Format: date-time */
            started_at?: string;
            is_paid?: boolean;
            is_expired?: boolean;
        };
        OdrAuthenticationRequest: {
            email?: string;
            password?: string;
        };
        OdrAuthenticationResponse: {
            /** Format: uuid */
            id?: string;
            email?: string;
            /** @description First name */
            given_name?: string;
            /** @description Patronymic */
            additional_name?: string;
            /** @description Last name */
            family_name?: string;
        };
        OdrAuthorizationRequest: {
            /** Format: uuid */
            calculation_id?: string;
        };
        OdrAuthorizationResponse: {
            accepted?: boolean;
            /** Format: uri */
            forward_uri?: string;
        };
        OdrBalance: {
            /** Format: uuid */
            id?: string;
            key?: components["schemas"]["OdrKey"];
            balance?: number;
            currency?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrBalanceRequest: {
            key?: components["schemas"]["OdrKey"];
            reference?: components["schemas"]["OdrKey"];
            description?: string;
            /** @default EUR */
            currency: string;
            amount?: number;
            overdraft_allowance?: number;
        };
        OdrCalculatedInvoiceRequest: {
            order_item_ids?: string[];
        };
        OdrCalculation: {
            id?: string;
            number?: string;
            reference?: string;
            items?: components["schemas"]["OdrCalculationItem"][];
            services?: components["schemas"]["OdrServiceItem"][];
            subtotal?: number;
            adjustments?: components["schemas"]["OdrCalculationAdjustment"][];
            total?: number;
            vat?: components["schemas"]["OdrVatResult"][];
            currency?: string;
            customer?: components["schemas"]["OdrContact"];
            vendor?: components["schemas"]["OdrContact"];
            is_including_vat?: boolean;
            is_vat_shifted?: boolean;
            is_prepaid?: boolean;
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            file_id?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            pricing_at?: string;
            /** Format: date-time */
            invoiced_at?: string;
            /** Format: date-time */
            prepaid_at?: string;
            order_ids?: string[];
            coupons?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrCalculationAdjustment: {
            reference?: string;
            description?: string;
            /** @default 0 */
            amount: number;
            is_percentage?: boolean;
            is_discount?: boolean;
            result?: components["schemas"]["OdrCalculationAdjustmentResult"];
        };
        OdrCalculationAdjustmentResult: {
            is_applied_rule?: boolean;
            rule_id?: string;
            /** @description The result of the rule. Will be negative in case of a discount. */
            output?: number;
        };
        OdrCalculationItem: {
            id?: string;
            reference?: string;
            sku?: string;
            description?: string;
            /** @enum {string} */
            type?: "product" | "handling" | "shipping";
            amount?: number;
            is_discounted?: boolean;
            quantity?: number;
            subtotal?: number;
            adjustments?: components["schemas"]["OdrCalculationAdjustment"][];
            vat_percentage?: number;
            total?: number;
            total_revenue?: number;
            order_items?: components["schemas"]["OdrCalculationOrderItem"][];
        };
        OdrCalculationItemModel: {
            item_ids?: string[];
            description?: string;
            amount?: number;
            is_discounted?: boolean;
            adjustments?: components["schemas"]["OdrAdjustment"][];
            vat_percentage?: number;
        };
        OdrCalculationItems: {
            reference?: string;
            sku?: string;
            description?: string;
            /** @enum {string} */
            type?: "product" | "handling" | "shipping";
            amount?: number;
            is_discounted?: boolean;
            quantity?: number;
            subtotal?: number;
            adjustments?: components["schemas"]["OdrCalculationAdjustment"][];
            vat_percentage?: number;
            total?: number;
            total_revenue?: number;
            order_items?: components["schemas"]["OdrCalculationStackItem"][];
        };
        OdrCalculationOrderItem: {
            id?: string;
            is_invoiced?: boolean;
            invoice_id?: string;
        };
        OdrCalculationSearch: {
            constraints?: components["schemas"]["OdrCalculationSearchConstraint"][];
        };
        OdrCalculationSearchConstraint: {
            /** @example ids */
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        OdrCalculationStackItem: {
            id?: string;
            is_invoiced?: boolean;
            /** Format: uuid */
            invoice_id?: string;
        };
        OdrCalculations: {
            id?: string;
            number?: string;
            reference?: string;
            items?: components["schemas"]["OdrCalculationItems"][];
            services?: components["schemas"]["OdrServiceItem"][];
            subtotal?: number;
            adjustments?: components["schemas"]["OdrCalculationAdjustment"][];
            total?: number;
            vat?: components["schemas"]["OdrVatResult"][];
            settings?: components["schemas"]["OdrOrderCalculationSettings"];
            currency?: string;
            customer?: components["schemas"]["OdrContact"];
            vendor?: components["schemas"]["OdrContact"];
            is_including_vat?: boolean;
            is_vat_shifted?: boolean;
            is_prepaid?: boolean;
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            file_id?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            pricing_at?: string;
            /** Format: date-time */
            invoiced_at?: string;
            /** Format: date-time */
            prepaid_at?: string;
            order_ids?: string[];
            coupons?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrCancelState: {
            is_accepted?: boolean;
            warnings?: string[];
        };
        OdrCombinedAddressSet: {
            contact?: components["schemas"]["OdrAddressSet"];
            organisation?: components["schemas"]["OdrAddressSet"];
            session?: components["schemas"]["OdrAddressSet"];
        };
        OdrCombinedPhoneNumberSet: {
            contact?: components["schemas"]["OdrPhonenumberSet"];
            organisation?: components["schemas"]["OdrPhonenumberSet"];
            session?: components["schemas"]["OdrPhonenumberSet"];
        };
        OdrConstraintOptionsResponse: {
            amount?: string[];
        };
        OdrContact: {
            tags?: string[];
            /** @default NL */
            vat_country_code: string;
            contact?: components["schemas"]["OdrContactContact"];
        };
        OdrContactContact: {
            email?: string;
            vat_number?: string;
            coc_number?: string;
            organisation_id?: string;
            organisation_version?: string;
            address_id?: string;
            phone_number_id?: string;
            id?: string;
            version?: string;
        };
        OdrCoupon: {
            code?: string;
            usage?: components["schemas"]["OdrCouponUsage"];
            /** Format: uuid */
            category_id?: string;
            claims?: components["schemas"]["OdrCouponClaim"][];
            /** Format: date-time */
            expires_at?: string;
            /** Format: date-time */
            created_at?: string;
        };
        OdrCouponCategory: {
            /** Format: uuid */
            id?: string;
            name?: string;
            defaults?: components["schemas"]["OdrCouponCategoryDefaults"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrCouponCategoryDefaults: {
            /** @description Time in seconds */
            expires_after?: number;
            usage?: components["schemas"]["OdrCouponCategoryDefaultsUsage"];
        };
        OdrCouponCategoryDefaultsUsage: {
            /** @default false */
            is_unlimited: boolean;
            limit?: number;
        };
        OdrCouponCategoryModel: {
            name?: string;
            defaults?: components["schemas"]["OdrCouponCategoryDefaults"];
        };
        OdrCouponCategorySearch: {
            constraints?: components["schemas"]["OdrCouponCategorySearchConstraint"][];
        };
        OdrCouponCategorySearchConstraint: {
            /** @example ids */
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        OdrCouponClaim: {
            /** Format: uuid */
            order_id?: string;
            is_confirmed?: boolean;
        };
        OdrCouponModel: {
            code?: string;
            usage?: components["schemas"]["OdrCouponUsage"];
            /** Format: uuid */
            category_id?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        OdrCouponSearch: {
            constraints?: components["schemas"]["OdrCouponSearchConstraint"][];
        };
        OdrCouponSearchConstraint: {
            /** @enum {string} */
            key?: "codes" | "is_available";
            /** @example in */
            operator?: string;
            values?: string[];
        };
        OdrCouponUsage: {
            /** @default false */
            is_unlimited: boolean;
            remaining?: number;
        };
        OdrEvaluationItem: {
            reference?: string;
            sku?: string;
            filters?: Record<string, unknown>;
            quantity?: number;
            is_discounted?: boolean;
        };
        OdrFilter: {
            key?: string;
            values?: string[];
        };
        OdrFilterSearch: {
            constraints?: components["schemas"]["OdrFilterSearchConstraint"][];
        };
        OdrFilterSearchConstraint: {
            /** @example skus */
            key?: string;
            /** @enum {string} */
            operator?: "in" | "gte" | "lte";
            values?: string[];
        };
        OdrFilterSet: {
            sku?: string;
            filters?: {
                [key: string]: string[];
            };
        };
        OdrGetSessionOrganisationOptionsResponse: {
            primary?: components["schemas"]["OdrOrganisation"];
            secondary?: components["schemas"]["OdrOrganisation"][];
        };
        OdrGetSessionResponse: {
            /** Format: date-time */
            expires_at?: string;
        };
        OdrGetSessionShippingMethodResponse: {
            id?: string;
            carrier?: string;
            name?: string;
            /** @enum {string} */
            type?: "pick" | "homedelivery" | "servicepoint";
            price?: number;
        };
        OdrGetSessionShippingResponse: {
            distance?: number;
            point?: components["schemas"]["OdrPoint"];
        }[];
        OdrGroup: {
            sku?: string;
            reference?: string;
            description?: string;
            quantity?: number;
            ids?: string[];
            references?: components["schemas"]["OdrGroupReferences"];
            filters?: components["schemas"]["OdrFilter"][];
        };
        OdrGroupAttach: {
            sku?: string;
            reference?: string;
            description?: string;
            quantity?: number;
            /** Format: uuid */
            order_id?: string;
            ids?: string[];
            references?: components["schemas"]["OdrGroupRouteReferences"];
            filters?: components["schemas"]["OdrFilter"][];
            inventory_item_ids?: string[];
            available?: number;
        };
        OdrGroupReferences: {
            orders?: components["schemas"]["OdrGroupReferencesOrder"][];
            backorders?: string[];
            target?: string;
        };
        OdrGroupReferencesOrder: {
            /** Format: uuid */
            id?: string;
            /** @default false */
            is_inbound: boolean;
            /** @default false */
            is_backordered: boolean;
            is_unavailable?: boolean;
            warehouse?: components["schemas"]["OdrGroupReferencesOrderWarehouse"];
            shipments?: components["schemas"]["OdrGroupReferencesOrderShipment"][];
        };
        OdrGroupReferencesOrderShipment: {
            /** Format: uuid */
            id?: string;
            is_inbound?: boolean;
            is_missing?: boolean;
        };
        OdrGroupReferencesOrderWarehouse: {
            /** Format: uuid */
            claim_id?: string;
            /** Format: uuid */
            delivery_route_id?: string;
            /** Format: uuid */
            collect_route_id?: string;
            /** @default false */
            is_reservation: boolean;
            address_id?: string;
            /** Format: uuid */
            transfer_id?: string;
        };
        OdrGroupRoute: {
            sku?: string;
            reference?: string;
            description?: string;
            quantity?: number;
            /** Format: uuid */
            order_id?: string;
            ids?: string[];
            references?: components["schemas"]["OdrGroupRouteReferences"];
            filters?: components["schemas"]["OdrFilter"][];
            delivery_routes?: components["schemas"]["OdrGroupRouteDeliveryRoute"][];
            collect_routes?: components["schemas"]["OdrGroupRouteCollectRoute"][];
        };
        OdrGroupRouteCollectRoute: {
            /** Format: uuid */
            id?: string;
            name?: string;
            /** @description delivery routes that originate from the collect route */
            delivery_routes?: string[];
        };
        OdrGroupRouteDeliveryRoute: {
            /** Format: uuid */
            id?: string;
            name?: string;
        };
        OdrGroupRouteReferences: {
            orders?: components["schemas"]["OdrGroupRouteReferencesOrder"][];
            backorders?: string[];
        };
        OdrGroupRouteReferencesOrder: {
            /** Format: uuid */
            id?: string;
            /** @default false */
            is_inbound: boolean;
            /** @default false */
            is_backordered: boolean;
            is_unavailable?: boolean;
            warehouse?: components["schemas"]["OdrGroupRouteReferencesOrderWarehouse"];
            shipments?: components["schemas"]["OdrGroupRouteReferencesOrderShipment"][];
        };
        OdrGroupRouteReferencesOrderShipment: {
            /** Format: uuid */
            id?: string;
            is_inbound?: boolean;
            is_missing?: boolean;
        };
        OdrGroupRouteReferencesOrderWarehouse: {
            /** Format: uuid */
            claim_id?: string;
            /** Format: uuid */
            route_id?: string;
            /** @default false */
            is_reservation: boolean;
            /** Format: uuid */
            transfer_id?: string;
        };
        OdrIdentityExistsRequest: {
            email?: string;
        };
        OdrInvoice: {
            id?: string;
            number?: string;
            reference?: string;
            items?: components["schemas"]["OdrInvoiceItem"][];
            services?: components["schemas"]["OdrServiceItem"][];
            settings?: components["schemas"]["OdrInvoiceSettings"];
            subtotal?: number;
            adjustments?: components["schemas"]["OdrInvoiceAdjustmentResponse"][];
            total?: number;
            vat?: components["schemas"]["OdrVatResult"][];
            currency?: string;
            customer?: components["schemas"]["OdrContact"];
            vendor?: components["schemas"]["OdrContact"];
            is_including_vat?: boolean;
            is_vat_shifted?: boolean;
            is_paid?: boolean;
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            file_id?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            pricing_at?: string;
            /** Format: date-time */
            paid_at?: string;
            order_ids?: string[];
            coupons?: string[];
            /** Format: uuid */
            calculation_id?: string;
            /** Format: uuid */
            shipment_id?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrInvoiceAdjustmentResponse: {
            reference?: string;
            description?: string;
            /** @default 0 */
            amount: number;
            is_percentage?: boolean;
            is_discount?: boolean;
            result?: components["schemas"]["OdrInvoiceAdjustmentResponseResult"];
        };
        OdrInvoiceAdjustmentResponseResult: {
            /** @description The result of the rule. Will be negative in case of a discount. */
            output?: number;
        };
        OdrInvoiceItem: {
            /**
             * Format: uuid
             * @description The ID of this invoice item
             */
            id?: string;
            sku?: string;
            description?: string;
            /** @enum {string} */
            type?: "product" | "handling" | "shipping" | "purchasable";
            amount?: number;
            is_discounted?: boolean;
            quantity?: number;
            subtotal?: number;
            adjustments?: components["schemas"]["OdrInvoiceAdjustmentResponse"][];
            vat_percentage?: number;
            total?: number;
            total_revenue?: number;
            order_items?: components["schemas"]["OdrCalculationOrderItem"][];
        };
        OdrInvoiceItemModel: {
            reference?: string;
            sku?: string;
            description?: string;
            amount?: number;
            is_discounted?: boolean;
            quantity?: number;
            adjustments?: components["schemas"]["OdrAdjustment"][];
            vat_percentage?: number;
        };
        OdrInvoiceListItem: {
            id?: string;
            number?: string;
            reference?: string;
            count?: number;
            subtotal?: number;
            adjustments?: components["schemas"]["OdrInvoiceAdjustmentResponse"][];
            total?: number;
            vat?: components["schemas"]["OdrVatResult"][];
            currency?: string;
            customer?: components["schemas"]["OdrContact"];
            vendor?: components["schemas"]["OdrContact"];
            is_including_vat?: boolean;
            is_vat_shifted?: boolean;
            is_paid?: boolean;
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            file_id?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            pricing_at?: string;
            /** Format: date-time */
            invoiced_at?: string;
            /** Format: date-time */
            paid_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrInvoiceRequest: {
            reference?: string;
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            contact_id?: string;
            organisation_id?: string;
            address_id?: string;
            items?: components["schemas"]["OdrInvoiceItemModel"][];
            adjustments?: components["schemas"]["OdrAdjustment"][];
            currency?: string;
            /** Format: date-time */
            pricing_at?: string;
            metadata?: Record<string, unknown>;
        };
        OdrInvoiceSearch: {
            constraints?: components["schemas"]["OdrInvoiceSearchConstraint"][];
        };
        OdrInvoiceSearchConstraint: {
            /** @example ids */
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        OdrInvoiceSettings: {
            billing?: components["schemas"]["OdrInvoiceSettingsBilling"];
            shipping?: components["schemas"]["OdrInvoiceSettingsShipping"];
        };
        OdrInvoiceSettingsBilling: {
            method_code?: string;
            issuer_code?: string;
            provider_code?: string;
            vat?: components["schemas"]["OdrInvoiceSettingsBillingVat"];
        };
        OdrInvoiceSettingsBillingVat: {
            is_shift_disabled?: boolean;
            is_shift_required?: boolean;
        };
        OdrInvoiceSettingsShipping: {
            method_id?: string;
        };
        OdrInvoiceState: {
            /** Format: date */
            paid_at?: string;
        };
        OdrIssuer: {
            code?: string;
            name?: string;
            metadata?: Record<string, unknown>;
        };
        OdrItemModel: {
            reference?: string;
            sku?: string;
            description?: string;
            amount?: number;
            is_discounted?: boolean;
            quantity?: number;
            adjustments?: components["schemas"]["OdrAdjustment"][];
            vat_percentage?: number;
        };
        OdrKey: {
            /** Format: uuid */
            entity_id?: string;
            entity_type?: string;
        };
        OdrListedCalculation: {
            id?: string;
            number?: string;
            reference?: string;
            subtotal?: number;
            adjustments?: components["schemas"]["OdrCalculationAdjustment"][];
            total?: number;
            vat?: components["schemas"]["OdrVatResult"][];
            currency?: string;
            customer?: components["schemas"]["OdrContact"];
            vendor?: components["schemas"]["OdrContact"];
            is_including_vat?: boolean;
            is_vat_shifted?: boolean;
            is_prepaid?: boolean;
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            file_id?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            pricing_at?: string;
            /** Format: date-time */
            invoiced_at?: string;
            /** Format: date-time */
            prepaid_at?: string;
            order_ids?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrMethod: {
            code?: string;
            provider_code?: string;
            name?: string;
            label?: string;
            is_prepaid?: boolean;
            issuers?: components["schemas"]["OdrIssuer"][];
            /** @default true */
            is_enabled: boolean;
            /** @default false */
            is_deferred: boolean;
            /** @default 100 */
            priority: number;
        };
        OdrNewAddress: {
            /** @description Two letter counpremise_numbertry code */
            country_code?: string;
            /** @description The state or province name or abbreviation (optional) */
            administrative_area?: string;
            /** @description City */
            locality?: string;
            /** @description Additional information about the locality (optional) */
            dependent_locality?: string;
            /** @description The complete postal code for the delivery point */
            postal_code?: string;
            /** @description Allow sorting, for example to route mail (optional) */
            sorting_code?: string;
            /** @description The first address line */
            address_line_1?: string;
            /** @description The second address line (optional) */
            address_line_2?: string;
            thoroughfare?: string;
            premise_number?: number;
            premise_number_suffix?: string;
            /** @description The name of the recipient, firm, or company at this address (optional) */
            organisation?: string;
            /** @description First name */
            given_name?: string;
            /** @description Patronymic */
            additional_name?: string;
            /** @description Last name */
            family_name?: string;
        };
        OdrNewContact: {
            email?: string;
            /** @description First name */
            given_name?: string;
            /** @description Patronymic */
            additional_name?: string;
            /** @description Last name */
            family_name?: string;
        };
        OdrNewOrganisation: {
            /** @description The name of the recipient, firm, or company at this address (optional) */
            name?: string;
            coc_number?: string;
            registrations?: components["schemas"]["OdrVatRegistration"][];
        };
        OdrNewPhonenumber: {
            /** @description Two letter counpremise_numbertry code */
            country_code?: string;
            /** @description Last name */
            number?: string;
        };
        OdrOrder: {
            /** Format: uuid */
            id?: string;
            number?: string;
            state?: components["schemas"]["OdrOrderState"];
            settings?: components["schemas"]["OdrOrderSettings"];
            processing?: components["schemas"]["OdrProcessing"];
            acceptances?: components["schemas"]["OdrOrderAcceptances"][];
            calculations?: components["schemas"]["OdrOrderCalculations"][];
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            tags?: string[];
            stack_id?: string;
            type?: string;
            /** Format: date-time */
            last_accepted_at?: string;
            /** Format: date-time */
            last_confirmed_at?: string;
            /** Format: date-time */
            last_canceled_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrOrderAcceptances: {
            /** Format: uuid */
            id?: string;
            amount?: number;
            is_prepaid?: boolean;
            is_settlement?: boolean;
            is_paid?: boolean;
            /** Format: uuid */
            calculation_id?: string;
            transaction_secret?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            accepted_at?: string;
        };
        OdrOrderAuthorizationResponse: {
            /** @default true */
            is_locked: boolean;
            /** @default false */
            is_accepted: boolean;
            /** @default false */
            is_confirmed: boolean;
            transaction_secret?: string;
        };
        OdrOrderCalculationRequest: {
            /** Format: date-time */
            expires_at?: string;
            reference?: string;
            currency?: string;
            items?: components["schemas"]["OdrCalculationItemModel"][];
            adjustments?: components["schemas"]["OdrAdjustment"][];
            /** Format: date-time */
            pricing_at?: string;
            metadata?: Record<string, unknown>;
        };
        OdrOrderCalculationSettings: {
            billing?: components["schemas"]["OdrOrderCalculationSettingsBilling"];
            shipping?: components["schemas"]["OdrOrderCalculationSettingsShipping"];
        };
        OdrOrderCalculationSettingsBilling: {
            method_code?: string;
            issuer_code?: string;
            provider_code?: string;
            vat?: components["schemas"]["OdrOrderSettingsBillingVat"];
        };
        OdrOrderCalculationSettingsShipping: {
            /** Format: uuid */
            method_id?: string;
        };
        OdrOrderCalculations: {
            /** Format: uuid */
            id?: string;
            reference?: string;
            currency?: string;
            /** Format: uuid */
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            amount?: number;
            is_valid?: boolean;
            is_accepted?: boolean;
            is_confirmed?: boolean;
            /** Format: date-time */
            expires_at?: string;
        };
        OdrOrderItem: {
            id?: string;
            reference?: string;
            sku?: string;
            description?: string;
            /** Format: uuid */
            order_id?: string;
            references?: components["schemas"]["OdrOrderItemReferences"];
            filters?: components["schemas"]["OdrFilter"][];
        };
        OdrOrderItemModel: {
            sku?: string;
            /** Format: uuid */
            reference?: string;
            description?: string;
            quantity?: number;
            /** @default false */
            is_inbound: boolean;
            /** @default false */
            is_backorder: boolean;
            item_ids?: string[];
            /** Format: uuid */
            source_order_id?: string;
        };
        OdrOrderItemReferences: {
            orders?: components["schemas"]["OdrOrderItemReferencesOrder"][];
            stacks?: components["schemas"]["OdrStackReference"][];
        };
        OdrOrderItemReferencesOrder: {
            /** Format: uuid */
            id?: string;
            /** @default false */
            is_inbound: boolean;
            /** @default false */
            is_available: boolean;
            /** @default false */
            is_backorder: boolean;
            warehouse?: components["schemas"]["OdrOrderItemReferencesOrderWarehouse"];
            shipments?: components["schemas"]["OdrOrderItemReferencesOrderShipment"][];
            backorders?: string[];
            target?: string;
        };
        OdrOrderItemReferencesOrderShipment: {
            /** Format: uuid */
            id?: string;
            is_inbound?: boolean;
            is_missing?: boolean;
        };
        OdrOrderItemReferencesOrderWarehouse: {
            /** Format: date-time */
            claimed_at?: string;
            /** Format: uuid */
            claim_id?: string;
            /** Format: uuid */
            claim_item_id?: string;
            /** Format: uuid */
            route_id?: string;
            /** @default false */
            is_reservation: boolean;
            /** Format: uuid */
            transfer_id?: string;
        };
        OdrOrderModel: {
            processing?: components["schemas"]["OdrProcessing"];
            settings?: components["schemas"]["OdrSettings"];
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            tags?: string[];
            type?: string;
            metadata?: Record<string, unknown>;
        };
        OdrOrderModelSettingsBilling: {
            /** Format: uuid */
            address_id?: string;
            method_code?: string;
            issuer_code?: string;
            provider_code?: string;
            vat?: components["schemas"]["OdrOrderSettingsBillingVat"];
        };
        OdrOrderSearch: {
            constraints?: components["schemas"]["OdrOrderSearchConstraint"][];
        };
        OdrOrderSearchConstraint: {
            /** @example ids */
            key?: string;
            /** @example in */
            operator?: string;
            values?: string[];
        };
        OdrOrderSettings: {
            contact?: components["schemas"]["OdrOrderSettingsContact"];
            organisation?: components["schemas"]["OdrOrderSettingsContact"];
            /** Format: uuid */
            phone_number_id?: string;
            coupons?: string[];
            /** Format: date */
            due_at?: string;
            return_url?: string;
            billing?: components["schemas"]["OdrOrderSettingsBilling"];
            shipping?: components["schemas"]["OdrOrderSettingsShipping"];
        };
        OdrOrderSettingsBilling: {
            /** Format: uuid */
            address_id?: string;
            method_code?: string;
            issuer_code?: string;
            provider_code?: string;
        };
        OdrOrderSettingsBillingVat: {
            /** @default false */
            is_shift_disabled: boolean;
            /** @default false */
            is_shift_required: boolean;
        };
        OdrOrderSettingsContact: {
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            version?: string;
        };
        OdrOrderSettingsShipping: {
            /** Format: uuid */
            address_id?: string;
            /** Format: uuid */
            source_address_id?: string;
            /** Format: uuid */
            method_id?: string;
            spid?: string;
            window?: components["schemas"]["OdrOrderSettingsShippingWindow"];
            is_split_allowed?: boolean;
        };
        OdrOrderSettingsShippingWindow: {
            from?: number;
            to?: number;
            /** Format: date */
            delivery_at?: string;
            code?: string;
        };
        OdrOrderState: {
            is_locked?: boolean;
            is_accepted?: boolean;
            is_confirmed?: boolean;
            is_finished?: boolean;
            is_canceled?: boolean;
            /** @enum {string} */
            type?: "cart" | "order" | "backorder" | "wishlist";
            flow?: components["schemas"]["OdrOrderStep"][];
            progress?: components["schemas"]["OdrOrderStateProgress"];
        };
        OdrOrderStateProgress: {
            allocation?: string;
            fulfilment?: string;
            billing?: string;
        };
        OdrOrderStep: {
            code?: string;
            order?: number;
            /** @default false */
            is_reversible: boolean;
            /**
             * @default confirm
             * @enum {string}
             */
            trigger: "lock" | "accept" | "confirm";
            actions?: components["schemas"]["OdrStepAction"][];
        };
        OdrOrganisation: {
            /** Format: uuid */
            id?: string;
            /** @description The name of the recipient, firm, or company at this address (optional) */
            name?: string;
            coc_number?: string;
            registrations?: components["schemas"]["OdrVatRegistration"][];
        };
        OdrPayment: {
            id?: string;
            secret?: string;
            amount?: number;
            provider_code?: string;
            method_code?: string;
            issuer_code?: string;
            /** @default false */
            is_refund: boolean;
            /** @default true */
            is_pending: boolean;
            /** @default false */
            is_paid: boolean;
            /** @default true */
            is_authorized: boolean;
            /** @default false */
            is_captured: boolean;
            return_url?: string;
            source_payment_id?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            paid_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrPaymentIntent: {
            amount?: number;
            provider_code?: string;
            method_code?: string;
            issuer_code?: string;
            metadata?: Record<string, unknown>;
            return_url?: string;
        };
        OdrPhonenumber: {
            /** Format: uuid */
            id?: string;
            /** @description Two letter counpremise_numbertry code */
            country_code?: string;
            /** @description Last name */
            number?: string;
        };
        OdrPhonenumberSet: {
            primary?: components["schemas"]["OdrPhonenumber"];
            secondary?: components["schemas"]["OdrPhonenumber"][];
        };
        OdrPoint: {
            id?: string;
            name?: string;
            carrier?: string;
            /** Format: double */
            latitude?: number;
            /** Format: double */
            longtitude?: number;
            address?: components["schemas"]["OdrAddress"];
            openings?: {
                weekday?: number;
                windows?: {
                    start?: string;
                    end?: string;
                }[];
            }[];
        };
        OdrPreset: {
            method_code?: string;
            issuer_code?: string;
            provider_code?: string;
        };
        OdrPriceRuleEvaluation: {
            /** Format: date-time */
            pricing_at?: string;
            /** @description Count of items on invoice */
            quantity?: number;
            /** @description Invoice total */
            amount?: number;
            /** @description Id of the client that should be used */
            client?: string;
            /** @description Tags of customer groups */
            tags?: string[];
            /** @description Id of shipping method that should be used */
            shipping_method?: string;
            /** @description Id of payment method that should be used */
            payment_method?: string;
            /** @description Ids of coupons that should be tested */
            coupons?: string[];
            items?: components["schemas"]["OdrEvaluationItem"][];
        };
        OdrPricingRule: {
            id?: string;
            name?: string;
            constraints?: components["schemas"]["OdrPricingRuleConstraint"][];
            filters?: components["schemas"]["OdrPricingRuleFilter"][];
            adjustments?: components["schemas"]["OdrAdjustment"][];
            /** @enum {string} */
            apply_to?: "lines_handling" | "lines_shipping" | "lines_cheapest" | "lines_all" | "filter_result" | "filter_cheapest";
            /** @default 0 */
            grant_limit: number;
            priority?: number;
            /** @enum {string} */
            evaluate_at?: "rule" | "order" | "line";
            is_last_rule?: boolean;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            active_at?: string;
            /** Format: date-time */
            expires_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrPricingRuleConstraint: {
            /** @enum {string} */
            key?: "quantity" | "amount" | "client" | "tags" | "shipping_method" | "payment_method" | "coupon";
            /** @enum {string} */
            operator?: "in" | "gte" | "gt" | "lte" | "lt";
            values?: Record<string, unknown>[];
        };
        OdrPricingRuleFilter: {
            /** @enum {string} */
            key?: "sku" | "filter" | "is_discounted" | "per";
            /** @example in */
            operator?: string;
            values?: Record<string, unknown>[];
        };
        OdrPricingRuleModel: {
            name?: string;
            constraints?: components["schemas"]["OdrPricingRuleConstraint"][];
            filters?: components["schemas"]["OdrPricingRuleFilter"][];
            adjustments?: components["schemas"]["OdrAdjustment"][];
            /** @enum {string} */
            apply_to?: "lines_handling" | "lines_shipping" | "lines_cheapest" | "lines_all" | "filter_result" | "filter_cheapest";
            /** @default 0 */
            grant_limit: number;
            priority?: number;
            is_last_rule?: boolean;
            /** @enum {string} */
            evaluate_at?: "rule" | "order" | "line";
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            active_at?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        OdrProcess: {
            is_paid?: boolean;
            amount_paid?: number;
            /**
             * @description Start will trigger the transaction, the client can follow the progress via x-task. Follow will send the client to the bank. Execute acutally performs the payment (refund-only). Void means no further actions are possible. Return is the same as [follow] indicating that the payment is complete.
             * @enum {string}
             */
            action?: "start" | "follow" | "execute" | "void" | "return";
            url?: string;
            attempts?: components["schemas"]["OdrAttempt"][];
        };
        OdrProcessing: {
            /** @enum {string} */
            confirm?: "auto" | "manual";
            /** @enum {string} */
            allocation?: "auto" | "manual" | "none";
            /** @enum {string} */
            fulfilment?: "auto" | "manual" | "none";
            /** @enum {string} */
            capture?: "auto" | "manual" | "none";
        };
        OdrProjection: {
            items?: components["schemas"]["OdrProjectionItem"][];
            subtotal?: number;
            adjustments?: components["schemas"]["OdrCalculationAdjustment"][];
            services?: components["schemas"]["OdrServiceItem"][];
            total?: number;
            vat?: components["schemas"]["OdrVatResult"][];
            customer?: components["schemas"]["OdrContact"];
            vendor?: components["schemas"]["OdrContact"];
            currency?: string;
            is_including_vat?: boolean;
            is_vat_shifted?: boolean;
            client_id?: string;
            /** Format: date-time */
            pricing_at?: string;
        };
        OdrProjectionItem: {
            reference?: string;
            sku?: string;
            description?: string;
            /** @enum {string} */
            type?: "product" | "handling" | "shipping";
            amount?: number;
            is_discounted?: boolean;
            quantity?: number;
            subtotal?: number;
            adjustments?: components["schemas"]["OdrCalculationAdjustment"][];
            vat_percentage?: number;
            total?: number;
            total_revenue?: number;
        };
        OdrProjectionModel: {
            client_id?: string;
            currency?: string;
            items?: components["schemas"]["OdrItemModel"][];
            adjustments?: components["schemas"]["OdrAdjustment"][];
            contact_id?: string;
            organisation_id?: string;
            /** Format: date-time */
            pricing_at?: string;
            coupons?: string[];
            settings?: components["schemas"]["OdrProjectionModelSettings"];
        };
        OdrProjectionModelSettings: {
            billing?: components["schemas"]["OdrProjectionModelSettingsBilling"];
            shipping?: components["schemas"]["OdrProjectionModelSettingsShipping"];
        };
        OdrProjectionModelSettingsBilling: {
            method_code?: string;
            issuer_code?: string;
            provider_code?: string;
            vat?: components["schemas"]["OdrProjectionModelSettingsBillingVat"];
        };
        OdrProjectionModelSettingsBillingVat: {
            /** @default false */
            is_shift_disabled: boolean;
            /** @default false */
            is_shift_required: boolean;
        };
        OdrProjectionModelSettingsShipping: {
            method_id?: string;
        };
        OdrProvider: {
            name?: string;
            code?: string;
            is_active?: boolean;
            is_configured?: boolean;
            methods?: components["schemas"]["OdrProviderMethod"][];
        };
        OdrProviderMethod: {
            code?: string;
            name?: string;
            issuers?: components["schemas"]["OdrIssuer"][];
            metadata?: Record<string, unknown>;
        };
        OdrPurchase: {
            contact_id?: string;
            items?: components["schemas"]["OdrPurchaseItem"][];
        };
        OdrPurchaseItem: {
            sku?: string;
            description?: string;
            /** @enum {string} */
            type?: "product" | "handling" | "shipping";
            amount?: number;
            quantity?: number;
            vat_rate?: number;
        };
        OdrRecord: {
            /** Format: uuid */
            id?: string;
            reference?: components["schemas"]["OdrKey"];
            description?: string;
            amount?: number;
            /** Format: date-time */
            created_at?: string;
        };
        OdrReference: {
            entity_id?: string;
            entity_type?: string;
        };
        OdrReferenceModel: {
            entity_id?: string;
            entity_type?: string;
            constraints?: components["schemas"]["OdrSearchConstraint"][];
        };
        OdrRefundIntent: {
            payment_id?: string;
            amount?: number;
        };
        OdrSearch: {
            constraints?: components["schemas"]["OdrSearchConstraint"][];
            filters?: components["schemas"]["OdrSearchFilter"][];
        };
        OdrSearchConstraint: {
            /** @enum {string} */
            key?: "item_ids" | "order_ids" | "stack_ids" | "skus" | "order_count" | "is_unavailable" | "is_backordered" | "is_inbound" | "backorder_count" | "backorder_ids" | "target" | "shipment_count";
            /** @enum {string} */
            operator?: "in" | "gte" | "lte";
            values?: string[];
        };
        OdrSearchFilter: {
            key?: string;
            values?: string[];
        };
        OdrSelectSessionBillingMethodRequest: {
            method_id?: string;
            issuer_id?: string;
        };
        OdrSelectSessionBillingRequest: {
            address_id?: string;
            contact?: {
                primary?: boolean;
                secondary?: boolean;
            };
            organisation?: {
                primary?: boolean;
            };
        };
        OdrSelectSessionOrganisationRequest: {
            /** Format: uuid */
            organisation_id?: string;
        };
        /** @description one of the following keys is required for shipping */
        OdrSelectSessionPhonenumberRequest: {
            phone_number_id?: string;
            contact?: {
                primary?: boolean;
                secondary?: boolean;
            };
            organisation?: {
                primary?: boolean;
            };
        };
        OdrSelectSessionShippingMethodRequest: {
            is_split_allowed?: boolean;
            /** Format: uuid */
            method_id?: string;
        };
        OdrSelectSessionShippingPointRequest: {
            spid?: string;
            country_code?: string;
        };
        /** @description one of the following keys is required for shipping */
        OdrSelectSessionShippingRequest: {
            address_id?: string;
            contact?: {
                primary?: boolean;
                secondary?: boolean;
            };
            organisation?: {
                primary?: boolean;
            };
        };
        OdrSelectSessionShippingWindowRequest: {
            from?: number;
            to?: number;
            /** Format: date */
            at?: string;
        };
        OdrSelectSessionShippingWindowResponse: {
            from?: number;
            to?: number;
            /** Format: date */
            at?: string;
        };
        OdrService: {
            /** Format: uuid */
            id?: string;
            name?: string;
            constraints?: components["schemas"]["OdrPricingRuleConstraint"][];
            /** @enum {string} */
            type?: "handling" | "shipping";
            amount?: number;
            is_percentage?: boolean;
            vat_settings?: components["schemas"]["OdrServiceVatConfiguration"][];
            priority?: number;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            active_at?: string;
            /** Format: date-time */
            expires_at?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrServiceAdjustment: {
            reference?: string;
            description?: string;
            amount?: number;
            is_percentage?: boolean;
            is_discount?: boolean;
            result?: components["schemas"]["OdrServiceAdjustmentResult"];
        };
        OdrServiceAdjustmentResult: {
            is_applied_rule?: boolean;
            /** Format: uuid */
            rule_id?: string;
            output?: number;
        };
        OdrServiceItem: {
            description?: string;
            /** @enum {string} */
            type?: "product" | "handling" | "shipping";
            amount?: number;
            is_percentage?: boolean;
            quantity?: number;
            subtotal?: number;
            adjustments?: components["schemas"]["OdrServiceAdjustment"][];
            vat_percentage?: number;
            total?: number;
        };
        OdrServiceModel: {
            name?: string;
            constraints?: components["schemas"]["OdrPricingRuleConstraint"][];
            /** @enum {string} */
            type?: "handling" | "shipping";
            amount?: number;
            is_percentage?: boolean;
            vat_settings?: components["schemas"]["OdrServiceVatConfiguration"][];
            priority?: number;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            active_at?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        OdrServiceVatConfiguration: {
            /** @enum {string} */
            type?: "fixed" | "max" | "weighed";
            reference?: number;
            country_code?: string;
        };
        OdrSessionCalculation: {
            /** Format: uuid */
            id?: string;
            number?: string;
            reference?: string;
            items?: components["schemas"]["OdrSessionProjectionItem"][];
            services?: components["schemas"]["OdrSessionCalculationServiceItem"][];
            subtotal?: number;
            adjustments?: components["schemas"]["OdrSessionCalculationAdjustment"][];
            total?: number;
            vat?: components["schemas"]["OdrVatResult"][];
            settings?: components["schemas"]["OdrSessionCalculationSettings"];
            currency?: string;
            customer?: components["schemas"]["OdrContact"];
            vendor?: components["schemas"]["OdrContact"];
            is_including_vat?: boolean;
            is_vat_shifted?: boolean;
            is_prepaid?: boolean;
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            file_id?: string;
            metadata?: Record<string, unknown>;
            /** Format: date-time */
            pricing_at?: string;
            /** Format: date-time */
            invoiced_at?: string;
            /** Format: date-time */
            prepaid_at?: string;
            order_ids?: string[];
            coupons?: string[];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrSessionCalculationAdjustment: {
            reference?: string;
            description?: string;
            /** @default 0 */
            amount: number;
            is_percentage?: boolean;
            is_discount?: boolean;
            result?: components["schemas"]["OdrSessionCalculationAdjustmentResult"];
        };
        OdrSessionCalculationAdjustmentResult: {
            is_applied_rule?: boolean;
            rule_id?: string;
            /** @description The result of the rule. Will be negative in case of a discount. */
            output?: number;
        };
        OdrSessionCalculationServiceAdjustment: {
            reference?: string;
            description?: string;
            amount?: number;
            is_percentage?: boolean;
            is_discount?: boolean;
            result?: components["schemas"]["OdrSessionCalculationServiceAdjustmentResult"];
        };
        OdrSessionCalculationServiceAdjustmentResult: {
            is_applied_rule?: boolean;
            /** Format: uuid */
            rule_id?: string;
            output?: number;
        };
        OdrSessionCalculationServiceItem: {
            description?: string;
            /** @enum {string} */
            type?: "product" | "handling" | "shipping";
            amount?: number;
            is_percentage?: boolean;
            quantity?: number;
            subtotal?: number;
            adjustments?: components["schemas"]["OdrSessionCalculationServiceAdjustment"][];
            vat_percentage?: number;
            total?: number;
        };
        OdrSessionCalculationSettings: {
            billing?: components["schemas"]["OdrSessionCalculationSettingsBilling"];
            shipping?: components["schemas"]["OdrSessionCalculationSettingsShipping"];
        };
        OdrSessionCalculationSettingsBilling: {
            method_code?: string;
            issuer_code?: string;
            provider_code?: string;
            vat?: components["schemas"]["OdrSessionSettingsBillingVat"];
        };
        OdrSessionCalculationSettingsShipping: {
            /** Format: uuid */
            method_id?: string;
        };
        OdrSessionCalculationStackItem: {
            id?: string;
            is_invoiced?: boolean;
            /** Format: uuid */
            invoice_id?: string;
        };
        OdrSessionContact: {
            /** Format: uuid */
            id?: string;
            /** Format: uuid */
            version?: string;
            email?: string;
            tags?: string[];
            /** @description First name */
            given_name?: string;
            /** @description Patronymic */
            additional_name?: string;
            /** @description Last name */
            family_name?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrSessionIssuer: {
            method_id?: string;
            name?: string;
            metadata?: Record<string, unknown>;
        };
        OdrSessionProjection: {
            items?: components["schemas"]["OdrSessionProjectionItem"][];
            services?: components["schemas"]["OdrSessionCalculationServiceItem"][];
            subtotal?: number;
            adjustments?: components["schemas"]["OdrSessionCalculationAdjustment"][];
            total?: number;
            vat?: components["schemas"]["OdrVatResult"][];
            currency?: string;
            is_including_vat?: boolean;
            is_vat_shifted?: boolean;
            client_id?: string;
            /** Format: date-time */
            pricing_at?: string;
        };
        OdrSessionProjectionItem: {
            reference?: string;
            sku?: string;
            description?: string;
            /** @enum {string} */
            type?: "product" | "handling" | "shipping";
            amount?: number;
            is_discounted?: boolean;
            quantity?: number;
            subtotal?: number;
            adjustments?: components["schemas"]["OdrSessionCalculationAdjustment"][];
            vat_percentage?: number;
            total?: number;
            total_revenue?: number;
            order_items?: components["schemas"]["OdrSessionCalculationStackItem"][];
        };
        OdrSessionProviderMethod: {
            method_id?: string;
            name?: string;
            issuers?: components["schemas"]["OdrSessionIssuer"][];
            metadata?: Record<string, unknown>;
        };
        OdrSessionSettingsBillingVat: {
            /** @default false */
            is_shift_disabled: boolean;
            /** @default false */
            is_shift_required: boolean;
        };
        OdrSetClaimRequest: {
            /** Format: uuid */
            item_id?: string;
            /** Format: uuid */
            claim_id?: string;
            /** Format: uuid */
            claim_item_id?: string;
        };
        OdrSetRouteRequest: {
            item_ids?: string[];
            /** Format: uuid */
            delivery_route_id?: string;
            /** Format: uuid */
            collect_route_id?: string;
        };
        OdrSetSessionReferenceRequest: {
            reference?: string;
        };
        OdrSettings: {
            contact?: components["schemas"]["OdrSettingsContact"];
            organisation?: components["schemas"]["OdrSettingsContact"];
            /** Format: uuid */
            phone_number_id?: string;
            coupons?: string[];
            /** Format: date */
            due_at?: string;
            reference?: string;
            return_url?: string;
            billing?: components["schemas"]["OdrOrderModelSettingsBilling"];
            shipping?: components["schemas"]["OdrOrderSettingsShipping"];
        };
        OdrSettingsContact: {
            /** Format: uuid */
            id?: string;
        };
        OdrSimpleOrderItem: {
            id?: string;
            reference?: string;
            sku?: string;
            description?: string;
            /** @default false */
            is_inbound: boolean;
        };
        OdrSku: {
            sku?: string;
            description?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        OdrSkuResult: {
            status?: string;
            count?: number;
        };
        OdrStack: {
            id?: string;
            entity_id?: string;
            entity_type?: string;
            state?: components["schemas"]["OdrStackState"];
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrStackReference: {
            id?: string;
            type?: string;
            state?: components["schemas"]["OdrStackReferenceState"];
        };
        OdrStackReferenceState: {
            is_locked?: boolean;
            is_accepted?: boolean;
            is_confirmed?: boolean;
            is_finished?: boolean;
        };
        OdrStackState: {
            is_accepted?: boolean;
            is_confirmed?: boolean;
            is_finished?: boolean;
        };
        OdrStartSessionRequest: {
            /** Format: date-time */
            expires_at?: string;
            audience?: string;
        };
        OdrStartSessionResponse: {
            id?: string;
            /** Format: date-time */
            expires_at?: string;
        };
        OdrStepAction: {
            code?: string;
            order?: number;
            label?: string;
            is_handled?: boolean;
            /** Format: date-time */
            handled_at?: string;
        };
        OdrTransaction: {
            id?: string;
            reference?: components["schemas"]["OdrReference"];
            description?: string;
            number?: string;
            amount_due?: number;
            amount_paid?: number;
            currency?: string;
            payments?: components["schemas"]["OdrPayment"][];
            metadata?: Record<string, unknown>;
            purchase?: components["schemas"]["OdrPurchase"];
            preset?: components["schemas"]["OdrPreset"];
            secret?: string;
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
            return_url?: string;
            /** Format: date-time */
            created_at?: string;
            /** Format: date-time */
            updated_at?: string;
        };
        OdrTransactionModel: {
            reference?: components["schemas"]["OdrReference"];
            description?: string;
            amount?: number;
            /** @default EUR */
            currency: string;
            metadata?: Record<string, unknown>;
            purchase?: components["schemas"]["OdrPurchase"];
            preset?: components["schemas"]["OdrPreset"];
            return_url?: string;
            client_id?: string;
            /** Format: uuid */
            channel_id?: string;
        };
        OdrVatRegistration: {
            country_code?: string;
            number?: string;
            is_valid?: boolean;
            is_pending?: boolean;
        };
        OdrVatResult: {
            rate?: number;
            amount?: number;
        };
        SearchGroupsWithAttachBody: {
            order?: components["schemas"]["OdrSearch"];
            wms?: {
                constraints?: {
                    key?: string;
                    operator?: string;
                    values?: string[];
                }[];
                use_referenced_stock?: boolean;
            };
        };
        SetAuthenticatedUserBody: {
            contact_id?: string;
        };
        UpdateOrderTagsBody: string[];
        UpdateStateBody: {
            /** @example approval */
            code?: string;
            actions?: {
                /** @example manager_approve */
                code?: string;
                /** @example true */
                is_handled?: boolean;
            }[];
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
        /** @description Total item count. */
        XCount: number;
        /** @description Reference to the backend task. */
        XTaskId: string;
    };
    pathItems: never;
}
export type SchemaAuthorizeOrderBody = components['schemas']['AuthorizeOrderBody'];
export type SchemaCancelOrderItemsBody = components['schemas']['CancelOrderItemsBody'];
export type SchemaConfirmItemsBody = components['schemas']['ConfirmItemsBody'];
export type SchemaDeleteItemsBody = components['schemas']['DeleteItemsBody'];
export type SchemaError = components['schemas']['Error'];
export type SchemaGetFilterKeysResponse = components['schemas']['GetFilterKeysResponse'];
export type SchemaGetFilterValuesResponse = components['schemas']['GetFilterValuesResponse'];
export type SchemaGetSessionBillingMethodResponse = components['schemas']['GetSessionBillingMethodResponse'];
export type SchemaGetSessionBillingResponse = components['schemas']['GetSessionBillingResponse'];
export type SchemaGetSessionOrganisationResponse = components['schemas']['GetSessionOrganisationResponse'];
export type SchemaGetSessionPhonenumberResponse = components['schemas']['GetSessionPhonenumberResponse'];
export type SchemaGetSessionShippingMethodResponse = components['schemas']['GetSessionShippingMethodResponse'];
export type SchemaGetSessionShippingPointResponse = components['schemas']['GetSessionShippingPointResponse'];
export type SchemaGetSessionShippingWindowResponse = components['schemas']['GetSessionShippingWindowResponse'];
export type SchemaGetSessionShipppingAddressResponse = components['schemas']['GetSessionShipppingAddressResponse'];
export type SchemaOdrAddress = components['schemas']['OdrAddress'];
export type SchemaOdrAddressSet = components['schemas']['OdrAddressSet'];
export type SchemaOdrAdjustment = components['schemas']['OdrAdjustment'];
export type SchemaOdrAttachFiltersResponse = components['schemas']['OdrAttachFiltersResponse'];
export type SchemaOdrAttachSessionRequest = components['schemas']['OdrAttachSessionRequest'];
export type SchemaOdrAttachWarehouseItemsRequest = components['schemas']['OdrAttachWarehouseItemsRequest'];
export type SchemaOdrAttempt = components['schemas']['OdrAttempt'];
export type SchemaOdrAuthenticationRequest = components['schemas']['OdrAuthenticationRequest'];
export type SchemaOdrAuthenticationResponse = components['schemas']['OdrAuthenticationResponse'];
export type SchemaOdrAuthorizationRequest = components['schemas']['OdrAuthorizationRequest'];
export type SchemaOdrAuthorizationResponse = components['schemas']['OdrAuthorizationResponse'];
export type SchemaOdrBalance = components['schemas']['OdrBalance'];
export type SchemaOdrBalanceRequest = components['schemas']['OdrBalanceRequest'];
export type SchemaOdrCalculatedInvoiceRequest = components['schemas']['OdrCalculatedInvoiceRequest'];
export type SchemaOdrCalculation = components['schemas']['OdrCalculation'];
export type SchemaOdrCalculationAdjustment = components['schemas']['OdrCalculationAdjustment'];
export type SchemaOdrCalculationAdjustmentResult = components['schemas']['OdrCalculationAdjustmentResult'];
export type SchemaOdrCalculationItem = components['schemas']['OdrCalculationItem'];
export type SchemaOdrCalculationItemModel = components['schemas']['OdrCalculationItemModel'];
export type SchemaOdrCalculationItems = components['schemas']['OdrCalculationItems'];
export type SchemaOdrCalculationOrderItem = components['schemas']['OdrCalculationOrderItem'];
export type SchemaOdrCalculationSearch = components['schemas']['OdrCalculationSearch'];
export type SchemaOdrCalculationSearchConstraint = components['schemas']['OdrCalculationSearchConstraint'];
export type SchemaOdrCalculationStackItem = components['schemas']['OdrCalculationStackItem'];
export type SchemaOdrCalculations = components['schemas']['OdrCalculations'];
export type SchemaOdrCancelState = components['schemas']['OdrCancelState'];
export type SchemaOdrCombinedAddressSet = components['schemas']['OdrCombinedAddressSet'];
export type SchemaOdrCombinedPhoneNumberSet = components['schemas']['OdrCombinedPhoneNumberSet'];
export type SchemaOdrConstraintOptionsResponse = components['schemas']['OdrConstraintOptionsResponse'];
export type SchemaOdrContact = components['schemas']['OdrContact'];
export type SchemaOdrContactContact = components['schemas']['OdrContactContact'];
export type SchemaOdrCoupon = components['schemas']['OdrCoupon'];
export type SchemaOdrCouponCategory = components['schemas']['OdrCouponCategory'];
export type SchemaOdrCouponCategoryDefaults = components['schemas']['OdrCouponCategoryDefaults'];
export type SchemaOdrCouponCategoryDefaultsUsage = components['schemas']['OdrCouponCategoryDefaultsUsage'];
export type SchemaOdrCouponCategoryModel = components['schemas']['OdrCouponCategoryModel'];
export type SchemaOdrCouponCategorySearch = components['schemas']['OdrCouponCategorySearch'];
export type SchemaOdrCouponCategorySearchConstraint = components['schemas']['OdrCouponCategorySearchConstraint'];
export type SchemaOdrCouponClaim = components['schemas']['OdrCouponClaim'];
export type SchemaOdrCouponModel = components['schemas']['OdrCouponModel'];
export type SchemaOdrCouponSearch = components['schemas']['OdrCouponSearch'];
export type SchemaOdrCouponSearchConstraint = components['schemas']['OdrCouponSearchConstraint'];
export type SchemaOdrCouponUsage = components['schemas']['OdrCouponUsage'];
export type SchemaOdrEvaluationItem = components['schemas']['OdrEvaluationItem'];
export type SchemaOdrFilter = components['schemas']['OdrFilter'];
export type SchemaOdrFilterSearch = components['schemas']['OdrFilterSearch'];
export type SchemaOdrFilterSearchConstraint = components['schemas']['OdrFilterSearchConstraint'];
export type SchemaOdrFilterSet = components['schemas']['OdrFilterSet'];
export type SchemaOdrGetSessionOrganisationOptionsResponse = components['schemas']['OdrGetSessionOrganisationOptionsResponse'];
export type SchemaOdrGetSessionResponse = components['schemas']['OdrGetSessionResponse'];
export type SchemaOdrGetSessionShippingMethodResponse = components['schemas']['OdrGetSessionShippingMethodResponse'];
export type SchemaOdrGetSessionShippingResponse = components['schemas']['OdrGetSessionShippingResponse'];
export type SchemaOdrGroup = components['schemas']['OdrGroup'];
export type SchemaOdrGroupAttach = components['schemas']['OdrGroupAttach'];
export type SchemaOdrGroupReferences = components['schemas']['OdrGroupReferences'];
export type SchemaOdrGroupReferencesOrder = components['schemas']['OdrGroupReferencesOrder'];
export type SchemaOdrGroupReferencesOrderShipment = components['schemas']['OdrGroupReferencesOrderShipment'];
export type SchemaOdrGroupReferencesOrderWarehouse = components['schemas']['OdrGroupReferencesOrderWarehouse'];
export type SchemaOdrGroupRoute = components['schemas']['OdrGroupRoute'];
export type SchemaOdrGroupRouteCollectRoute = components['schemas']['OdrGroupRouteCollectRoute'];
export type SchemaOdrGroupRouteDeliveryRoute = components['schemas']['OdrGroupRouteDeliveryRoute'];
export type SchemaOdrGroupRouteReferences = components['schemas']['OdrGroupRouteReferences'];
export type SchemaOdrGroupRouteReferencesOrder = components['schemas']['OdrGroupRouteReferencesOrder'];
export type SchemaOdrGroupRouteReferencesOrderShipment = components['schemas']['OdrGroupRouteReferencesOrderShipment'];
export type SchemaOdrGroupRouteReferencesOrderWarehouse = components['schemas']['OdrGroupRouteReferencesOrderWarehouse'];
export type SchemaOdrIdentityExistsRequest = components['schemas']['OdrIdentityExistsRequest'];
export type SchemaOdrInvoice = components['schemas']['OdrInvoice'];
export type SchemaOdrInvoiceAdjustmentResponse = components['schemas']['OdrInvoiceAdjustmentResponse'];
export type SchemaOdrInvoiceAdjustmentResponseResult = components['schemas']['OdrInvoiceAdjustmentResponseResult'];
export type SchemaOdrInvoiceItem = components['schemas']['OdrInvoiceItem'];
export type SchemaOdrInvoiceItemModel = components['schemas']['OdrInvoiceItemModel'];
export type SchemaOdrInvoiceListItem = components['schemas']['OdrInvoiceListItem'];
export type SchemaOdrInvoiceRequest = components['schemas']['OdrInvoiceRequest'];
export type SchemaOdrInvoiceSearch = components['schemas']['OdrInvoiceSearch'];
export type SchemaOdrInvoiceSearchConstraint = components['schemas']['OdrInvoiceSearchConstraint'];
export type SchemaOdrInvoiceSettings = components['schemas']['OdrInvoiceSettings'];
export type SchemaOdrInvoiceSettingsBilling = components['schemas']['OdrInvoiceSettingsBilling'];
export type SchemaOdrInvoiceSettingsBillingVat = components['schemas']['OdrInvoiceSettingsBillingVat'];
export type SchemaOdrInvoiceSettingsShipping = components['schemas']['OdrInvoiceSettingsShipping'];
export type SchemaOdrInvoiceState = components['schemas']['OdrInvoiceState'];
export type SchemaOdrIssuer = components['schemas']['OdrIssuer'];
export type SchemaOdrItemModel = components['schemas']['OdrItemModel'];
export type SchemaOdrKey = components['schemas']['OdrKey'];
export type SchemaOdrListedCalculation = components['schemas']['OdrListedCalculation'];
export type SchemaOdrMethod = components['schemas']['OdrMethod'];
export type SchemaOdrNewAddress = components['schemas']['OdrNewAddress'];
export type SchemaOdrNewContact = components['schemas']['OdrNewContact'];
export type SchemaOdrNewOrganisation = components['schemas']['OdrNewOrganisation'];
export type SchemaOdrNewPhonenumber = components['schemas']['OdrNewPhonenumber'];
export type SchemaOdrOrder = components['schemas']['OdrOrder'];
export type SchemaOdrOrderAcceptances = components['schemas']['OdrOrderAcceptances'];
export type SchemaOdrOrderAuthorizationResponse = components['schemas']['OdrOrderAuthorizationResponse'];
export type SchemaOdrOrderCalculationRequest = components['schemas']['OdrOrderCalculationRequest'];
export type SchemaOdrOrderCalculationSettings = components['schemas']['OdrOrderCalculationSettings'];
export type SchemaOdrOrderCalculationSettingsBilling = components['schemas']['OdrOrderCalculationSettingsBilling'];
export type SchemaOdrOrderCalculationSettingsShipping = components['schemas']['OdrOrderCalculationSettingsShipping'];
export type SchemaOdrOrderCalculations = components['schemas']['OdrOrderCalculations'];
export type SchemaOdrOrderItem = components['schemas']['OdrOrderItem'];
export type SchemaOdrOrderItemModel = components['schemas']['OdrOrderItemModel'];
export type SchemaOdrOrderItemReferences = components['schemas']['OdrOrderItemReferences'];
export type SchemaOdrOrderItemReferencesOrder = components['schemas']['OdrOrderItemReferencesOrder'];
export type SchemaOdrOrderItemReferencesOrderShipment = components['schemas']['OdrOrderItemReferencesOrderShipment'];
export type SchemaOdrOrderItemReferencesOrderWarehouse = components['schemas']['OdrOrderItemReferencesOrderWarehouse'];
export type SchemaOdrOrderModel = components['schemas']['OdrOrderModel'];
export type SchemaOdrOrderModelSettingsBilling = components['schemas']['OdrOrderModelSettingsBilling'];
export type SchemaOdrOrderSearch = components['schemas']['OdrOrderSearch'];
export type SchemaOdrOrderSearchConstraint = components['schemas']['OdrOrderSearchConstraint'];
export type SchemaOdrOrderSettings = components['schemas']['OdrOrderSettings'];
export type SchemaOdrOrderSettingsBilling = components['schemas']['OdrOrderSettingsBilling'];
export type SchemaOdrOrderSettingsBillingVat = components['schemas']['OdrOrderSettingsBillingVat'];
export type SchemaOdrOrderSettingsContact = components['schemas']['OdrOrderSettingsContact'];
export type SchemaOdrOrderSettingsShipping = components['schemas']['OdrOrderSettingsShipping'];
export type SchemaOdrOrderSettingsShippingWindow = components['schemas']['OdrOrderSettingsShippingWindow'];
export type SchemaOdrOrderState = components['schemas']['OdrOrderState'];
export type SchemaOdrOrderStateProgress = components['schemas']['OdrOrderStateProgress'];
export type SchemaOdrOrderStep = components['schemas']['OdrOrderStep'];
export type SchemaOdrOrganisation = components['schemas']['OdrOrganisation'];
export type SchemaOdrPayment = components['schemas']['OdrPayment'];
export type SchemaOdrPaymentIntent = components['schemas']['OdrPaymentIntent'];
export type SchemaOdrPhonenumber = components['schemas']['OdrPhonenumber'];
export type SchemaOdrPhonenumberSet = components['schemas']['OdrPhonenumberSet'];
export type SchemaOdrPoint = components['schemas']['OdrPoint'];
export type SchemaOdrPreset = components['schemas']['OdrPreset'];
export type SchemaOdrPriceRuleEvaluation = components['schemas']['OdrPriceRuleEvaluation'];
export type SchemaOdrPricingRule = components['schemas']['OdrPricingRule'];
export type SchemaOdrPricingRuleConstraint = components['schemas']['OdrPricingRuleConstraint'];
export type SchemaOdrPricingRuleFilter = components['schemas']['OdrPricingRuleFilter'];
export type SchemaOdrPricingRuleModel = components['schemas']['OdrPricingRuleModel'];
export type SchemaOdrProcess = components['schemas']['OdrProcess'];
export type SchemaOdrProcessing = components['schemas']['OdrProcessing'];
export type SchemaOdrProjection = components['schemas']['OdrProjection'];
export type SchemaOdrProjectionItem = components['schemas']['OdrProjectionItem'];
export type SchemaOdrProjectionModel = components['schemas']['OdrProjectionModel'];
export type SchemaOdrProjectionModelSettings = components['schemas']['OdrProjectionModelSettings'];
export type SchemaOdrProjectionModelSettingsBilling = components['schemas']['OdrProjectionModelSettingsBilling'];
export type SchemaOdrProjectionModelSettingsBillingVat = components['schemas']['OdrProjectionModelSettingsBillingVat'];
export type SchemaOdrProjectionModelSettingsShipping = components['schemas']['OdrProjectionModelSettingsShipping'];
export type SchemaOdrProvider = components['schemas']['OdrProvider'];
export type SchemaOdrProviderMethod = components['schemas']['OdrProviderMethod'];
export type SchemaOdrPurchase = components['schemas']['OdrPurchase'];
export type SchemaOdrPurchaseItem = components['schemas']['OdrPurchaseItem'];
export type SchemaOdrRecord = components['schemas']['OdrRecord'];
export type SchemaOdrReference = components['schemas']['OdrReference'];
export type SchemaOdrReferenceModel = components['schemas']['OdrReferenceModel'];
export type SchemaOdrRefundIntent = components['schemas']['OdrRefundIntent'];
export type SchemaOdrSearch = components['schemas']['OdrSearch'];
export type SchemaOdrSearchConstraint = components['schemas']['OdrSearchConstraint'];
export type SchemaOdrSearchFilter = components['schemas']['OdrSearchFilter'];
export type SchemaOdrSelectSessionBillingMethodRequest = components['schemas']['OdrSelectSessionBillingMethodRequest'];
export type SchemaOdrSelectSessionBillingRequest = components['schemas']['OdrSelectSessionBillingRequest'];
export type SchemaOdrSelectSessionOrganisationRequest = components['schemas']['OdrSelectSessionOrganisationRequest'];
export type SchemaOdrSelectSessionPhonenumberRequest = components['schemas']['OdrSelectSessionPhonenumberRequest'];
export type SchemaOdrSelectSessionShippingMethodRequest = components['schemas']['OdrSelectSessionShippingMethodRequest'];
export type SchemaOdrSelectSessionShippingPointRequest = components['schemas']['OdrSelectSessionShippingPointRequest'];
export type SchemaOdrSelectSessionShippingRequest = components['schemas']['OdrSelectSessionShippingRequest'];
export type SchemaOdrSelectSessionShippingWindowRequest = components['schemas']['OdrSelectSessionShippingWindowRequest'];
export type SchemaOdrSelectSessionShippingWindowResponse = components['schemas']['OdrSelectSessionShippingWindowResponse'];
export type SchemaOdrService = components['schemas']['OdrService'];
export type SchemaOdrServiceAdjustment = components['schemas']['OdrServiceAdjustment'];
export type SchemaOdrServiceAdjustmentResult = components['schemas']['OdrServiceAdjustmentResult'];
export type SchemaOdrServiceItem = components['schemas']['OdrServiceItem'];
export type SchemaOdrServiceModel = components['schemas']['OdrServiceModel'];
export type SchemaOdrServiceVatConfiguration = components['schemas']['OdrServiceVatConfiguration'];
export type SchemaOdrSessionCalculation = components['schemas']['OdrSessionCalculation'];
export type SchemaOdrSessionCalculationAdjustment = components['schemas']['OdrSessionCalculationAdjustment'];
export type SchemaOdrSessionCalculationAdjustmentResult = components['schemas']['OdrSessionCalculationAdjustmentResult'];
export type SchemaOdrSessionCalculationServiceAdjustment = components['schemas']['OdrSessionCalculationServiceAdjustment'];
export type SchemaOdrSessionCalculationServiceAdjustmentResult = components['schemas']['OdrSessionCalculationServiceAdjustmentResult'];
export type SchemaOdrSessionCalculationServiceItem = components['schemas']['OdrSessionCalculationServiceItem'];
export type SchemaOdrSessionCalculationSettings = components['schemas']['OdrSessionCalculationSettings'];
export type SchemaOdrSessionCalculationSettingsBilling = components['schemas']['OdrSessionCalculationSettingsBilling'];
export type SchemaOdrSessionCalculationSettingsShipping = components['schemas']['OdrSessionCalculationSettingsShipping'];
export type SchemaOdrSessionCalculationStackItem = components['schemas']['OdrSessionCalculationStackItem'];
export type SchemaOdrSessionContact = components['schemas']['OdrSessionContact'];
export type SchemaOdrSessionIssuer = components['schemas']['OdrSessionIssuer'];
export type SchemaOdrSessionProjection = components['schemas']['OdrSessionProjection'];
export type SchemaOdrSessionProjectionItem = components['schemas']['OdrSessionProjectionItem'];
export type SchemaOdrSessionProviderMethod = components['schemas']['OdrSessionProviderMethod'];
export type SchemaOdrSessionSettingsBillingVat = components['schemas']['OdrSessionSettingsBillingVat'];
export type SchemaOdrSetClaimRequest = components['schemas']['OdrSetClaimRequest'];
export type SchemaOdrSetRouteRequest = components['schemas']['OdrSetRouteRequest'];
export type SchemaOdrSetSessionReferenceRequest = components['schemas']['OdrSetSessionReferenceRequest'];
export type SchemaOdrSettings = components['schemas']['OdrSettings'];
export type SchemaOdrSettingsContact = components['schemas']['OdrSettingsContact'];
export type SchemaOdrSimpleOrderItem = components['schemas']['OdrSimpleOrderItem'];
export type SchemaOdrSku = components['schemas']['OdrSku'];
export type SchemaOdrSkuResult = components['schemas']['OdrSkuResult'];
export type SchemaOdrStack = components['schemas']['OdrStack'];
export type SchemaOdrStackReference = components['schemas']['OdrStackReference'];
export type SchemaOdrStackReferenceState = components['schemas']['OdrStackReferenceState'];
export type SchemaOdrStackState = components['schemas']['OdrStackState'];
export type SchemaOdrStartSessionRequest = components['schemas']['OdrStartSessionRequest'];
export type SchemaOdrStartSessionResponse = components['schemas']['OdrStartSessionResponse'];
export type SchemaOdrStepAction = components['schemas']['OdrStepAction'];
export type SchemaOdrTransaction = components['schemas']['OdrTransaction'];
export type SchemaOdrTransactionModel = components['schemas']['OdrTransactionModel'];
export type SchemaOdrVatRegistration = components['schemas']['OdrVatRegistration'];
export type SchemaOdrVatResult = components['schemas']['OdrVatResult'];
export type SchemaSearchGroupsWithAttachBody = components['schemas']['SearchGroupsWithAttachBody'];
export type SchemaSetAuthenticatedUserBody = components['schemas']['SetAuthenticatedUserBody'];
export type SchemaUpdateOrderTagsBody = components['schemas']['UpdateOrderTagsBody'];
export type SchemaUpdateStateBody = components['schemas']['UpdateStateBody'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseInternalServerError = components['responses']['InternalServerError'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ResponseServiceUnavailable = components['responses']['ServiceUnavailable'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ParameterXPage = components['parameters']['XPage'];
export type ParameterXPageSize = components['parameters']['XPageSize'];
export type HeaderXPage = components['headers']['XPage'];
export type HeaderXCount = components['headers']['XCount'];
export type HeaderXTaskId = components['headers']['XTaskId'];
export type $defs = Record<string, never>;
export interface operations {
    getBalance: {
        parameters: {
            query?: {
                type?: string;
                id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credit data */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrBalance"];
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
    applyCredit: {
        parameters: {
            query?: never;
            header?: {
                "x-idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrBalanceRequest"];
            };
        };
        responses: {
            /** @description The credit data */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrBalance"];
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
    listCreditRecords: {
        parameters: {
            query?: {
                key_type?: string;
                key_id?: string;
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
            /** @description The list of records */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrRecord"][];
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
    listCalculations: {
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
            /** @description A list of calculations */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrListedCalculation"][];
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
    getCalculation: {
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
            /** @description A single calculation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCalculation"];
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
    createInvoiceForCalculation: {
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
                "application/json": components["schemas"]["OdrCalculatedInvoiceRequest"];
            };
        };
        responses: {
            /** @description A single invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrInvoice"][];
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
    getCouponCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of coupon categories */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCouponCategory"][];
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
    createCouponCategory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrCouponCategoryModel"];
            };
        };
        responses: {
            /** @description The new category */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCouponCategory"];
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
    getCouponCategory: {
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
            /** @description Single coupon category */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCouponCategory"];
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
    updateCouponCategory: {
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
                "application/json": components["schemas"]["OdrCouponCategoryModel"];
            };
        };
        responses: {
            /** @description The updated service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCouponCategory"];
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
    getCoupons: {
        parameters: {
            query?: {
                category_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of coupons */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCoupon"][];
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
    createCoupons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrCouponModel"];
            };
        };
        responses: {
            /** @description The new coupon */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCoupon"];
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
    viewCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Single coupon */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCoupon"];
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
    disableCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Coupon code(s) disabled */
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
    getFilterSets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of filter sets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrFilterSet"][];
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
    attachFilters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrFilterSet"][];
            };
        };
        responses: {
            /** @description The upsert results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrAttachFiltersResponse"];
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
    getFilterKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of filter sets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFilterKeysResponse"];
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
    getFilterValues: {
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
            /** @description List of filter sets */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetFilterValuesResponse"];
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
    listInvoices: {
        parameters: {
            query?: {
                order_id?: string;
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
            /** @description List of invoices */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrInvoiceListItem"][];
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
    createInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrInvoiceRequest"];
            };
        };
        responses: {
            /** @description The newly created invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrInvoice"];
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
    viewInvoice: {
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
            /** @description View the invoice */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrInvoice"];
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
    markPaid: {
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
                "application/json": components["schemas"]["OdrInvoiceState"];
            };
        };
        responses: {
            /** @description The newly created invoice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrInvoiceListItem"];
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
    generatePdfInvoice: {
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
    listPaymentMethods: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of payment methods */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrMethod"][];
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
    getPaymentMethod: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                provider_code: string;
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Payment method */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrMethod"];
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
    getConstraintOptions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of pricing rules */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrConstraintOptionsResponse"];
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
    listOrders: {
        parameters: {
            query?: {
                authorization_id?: string;
                number?: string;
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
            /** @description The list of orders */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrder"][];
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
    createStack: {
        parameters: {
            query?: never;
            header?: {
                "x-idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrOrderModel"];
            };
        };
        responses: {
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrder"];
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
    getOrder: {
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
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrder"];
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
    updateOrderSettings: {
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
                "application/json": components["schemas"]["OdrOrderModel"];
            };
        };
        responses: {
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrder"];
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
    deleteOrder: {
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
            /** @description The stack */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrStack"];
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
    acceptOrder: {
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
    allocateOrder: {
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
            202: {
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
    authorizeOrder: {
        parameters: {
            query?: never;
            header?: {
                "x-idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AuthorizeOrderBody"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrderAuthorizationResponse"];
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
    getBackorders: {
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
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrder"][];
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
    getOrderCalculation: {
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
            /** @description The calculation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCalculations"];
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
    createCalculation: {
        parameters: {
            query?: {
                rules?: 1 | 0;
            };
            header?: {
                "x-idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrOrderCalculationRequest"];
            };
        };
        responses: {
            /** @description The calculation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCalculations"];
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
    cancelOrder: {
        parameters: {
            query?: {
                force?: "1" | "0";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Status */
            200: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCancelState"];
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
    confirmOrder: {
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
    updateState: {
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
                "application/json": components["schemas"]["UpdateStateBody"];
            };
        };
        responses: {
            /** @description Accepted */
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
    fulfilOrder: {
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
            202: {
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
    listItems: {
        parameters: {
            query?: {
                stack_id?: string;
            };
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
            /** @description The list of items */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrGroup"][];
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
    addItems: {
        parameters: {
            query?: never;
            header?: {
                "x-idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrOrderItemModel"][];
            };
        };
        responses: {
            /** @description The stack */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSimpleOrderItem"][];
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
    deleteItems: {
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
                "application/json": components["schemas"]["DeleteItemsBody"];
            };
        };
        responses: {
            /** @description Items deleted */
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
    attachWarehouseItems: {
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
                "application/json": components["schemas"]["OdrAttachWarehouseItemsRequest"][];
            };
        };
        responses: {
            /** @description The list of groups */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrderItem"][];
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
    cancelOrderItems: {
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
                "application/json": components["schemas"]["CancelOrderItemsBody"];
            };
        };
        responses: {
            /** @description when successfully dealocated */
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
    setClaim: {
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
                "application/json": components["schemas"]["OdrSetClaimRequest"][];
            };
        };
        responses: {
            /** @description The list of groups */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrderItem"][];
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
    listItemsRouting: {
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
            /** @description The list of items */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrGroupRoute"][];
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
    setRoute: {
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
                "application/json": components["schemas"]["OdrSetRouteRequest"][];
            };
        };
        responses: {
            /** @description The list of groups */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSimpleOrderItem"][];
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
    confirmItems: {
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
                "application/json": components["schemas"]["ConfirmItemsBody"];
            };
        };
        responses: {
            /** @description The list of groups */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrderItem"][];
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
    getOrderProjection: {
        parameters: {
            query?: {
                /** @description Unix timestamp */
                pricing_at?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The projection */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrProjection"];
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
    getOrderReferences: {
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
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrder"][];
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
    getOrderStacks: {
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
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrStack"][];
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
    transitionStack: {
        parameters: {
            query?: never;
            header?: {
                "x-idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrReferenceModel"];
            };
        };
        responses: {
            /** @description The stack */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrStack"];
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
    updateOrderTags: {
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
                "application/json": components["schemas"]["UpdateOrderTagsBody"];
            };
        };
        responses: {
            /** @description Updated tags */
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
    getPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrProcess"];
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
    executePaymentTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Performed refund */
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
    markPaymentAsPaid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The created transaction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrPayment"];
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
    startPaymentTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Started transaction, use x-task-id to follow updates */
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
    createProjection: {
        parameters: {
            query?: {
                rules?: "1" | "0";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrProjectionModel"];
            };
        };
        responses: {
            /** @description The projection with applied valid discounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrProjection"];
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
    listProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of payment providers and their methods */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrProvider"][];
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
    getPricingRules: {
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
            /** @description List of pricing rules */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrPricingRule"][];
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
    createPricingRule: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrPricingRuleModel"];
            };
        };
        responses: {
            /** @description The new princing rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrPricingRule"];
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
    evaluateRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrPriceRuleEvaluation"];
            };
        };
        responses: {
            /** @description The new princing rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrPricingRule"][];
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
    getPricingRule: {
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
            /** @description List of pricing rules */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrPricingRule"];
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
    updatePricingRule: {
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
                "application/json": components["schemas"]["OdrPricingRuleModel"];
            };
        };
        responses: {
            /** @description The updated princing rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrPricingRule"];
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
    searchCalculations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrCalculationSearch"];
            };
        };
        responses: {
            /** @description All matching valid calculations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCalculation"][];
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
    searchCoupons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrCouponSearch"];
            };
        };
        responses: {
            /** @description All matching coupons */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCoupon"][];
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
    searchCouponCategories: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrCouponCategorySearch"];
            };
        };
        responses: {
            /** @description All matching coupon categories */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrCouponCategory"][];
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
    searchFilters: {
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrFilterSearch"];
            };
        };
        responses: {
            /** @description The list of groups */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrFilterSet"][];
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
    searchInvoices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrInvoiceSearch"];
            };
        };
        responses: {
            /** @description All matching invoices */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrInvoice"][];
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
    searchOrders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrOrderSearch"];
            };
        };
        responses: {
            /** @description All matching orders */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrder"][];
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
    searchGroups: {
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrSearch"];
            };
        };
        responses: {
            /** @description The list of groups */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrGroup"][];
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
    searchGroupsWithAttach: {
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SearchGroupsWithAttachBody"];
            };
        };
        responses: {
            /** @description The list of groups */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrGroupAttach"][];
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
    searchGroupsWithRouting: {
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
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrSearch"];
            };
        };
        responses: {
            /** @description The list of groups */
            200: {
                headers: {
                    "x-count": components["headers"]["XCount"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrGroupRoute"][];
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
    getServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of pricing services */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrService"][];
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
    createService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrServiceModel"];
            };
        };
        responses: {
            /** @description The new service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrService"];
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
    getService: {
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
            /** @description Single service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrService"];
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
    updateService: {
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
                "application/json": components["schemas"]["OdrServiceModel"];
            };
        };
        responses: {
            /** @description The updated service */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrService"];
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
    startSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrStartSessionRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrStartSessionResponse"];
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
    getSession: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrGetSessionResponse"];
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
    createSessionAddress: {
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
                "application/json": components["schemas"]["OdrNewAddress"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrAddress"];
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
    authenticateSession: {
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
                "application/json": components["schemas"]["OdrAuthenticationRequest"];
            };
        };
        responses: {
            /** @description successResponse */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrAuthenticationResponse"];
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
    setAuthenticatedUser: {
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
                "application/json": components["schemas"]["SetAuthenticatedUserBody"];
            };
        };
        responses: {
            /** @description successResponse */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrAuthenticationResponse"];
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
    authorizeSession: {
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
                "application/json": components["schemas"]["OdrAuthorizationRequest"];
            };
        };
        responses: {
            /** @description the authorize response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrAuthorizationResponse"];
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
    getSessionBilling: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSessionBillingResponse"];
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
    selectSessionShippingOption: {
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
                "application/json": components["schemas"]["OdrSelectSessionShippingRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrAddress"];
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
    getSessionBillingMethod: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSessionBillingMethodResponse"];
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
    selectSessionBillingMethodRequest: {
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
                "application/json": components["schemas"]["OdrSelectSessionBillingMethodRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSelectSessionBillingMethodRequest"];
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
    getSessionSessionCalculation: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSessionCalculation"];
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
    getSessionContact: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSessionContact"];
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
    createSessionContact: {
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
                "application/json": components["schemas"]["OdrNewContact"];
            };
        };
        responses: {
            /** @description contact is created and added to the session */
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
    sessionIdentityExists: {
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
                "application/json": components["schemas"]["OdrIdentityExistsRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
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
    attachSession: {
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
                "application/json": components["schemas"]["OdrAttachSessionRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrAttachSessionRequest"];
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
    getSessionOrganisation: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSessionOrganisationResponse"];
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
    selectSessionOrganisationRequest: {
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
                "application/json": components["schemas"]["OdrSelectSessionOrganisationRequest"];
            };
        };
        responses: {
            /** @description organisation selected */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrganisation"];
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
    createSessionOrganisation: {
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
                "application/json": components["schemas"]["OdrNewOrganisation"];
            };
        };
        responses: {
            /** @description organisation created */
            200: {
                headers: {
                    "x-task-id": components["headers"]["XTaskId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrOrganisation"];
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
    removeSessionOrganisation: {
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
            /** @description if the organisation successfully is removed from the session */
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
    getSessionPhonenumber: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSessionPhonenumberResponse"];
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
    selectSessionPhonenumber: {
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
                "application/json": components["schemas"]["OdrSelectSessionPhonenumberRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrPhonenumber"];
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
    createSessionPhoneNumber: {
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
                "application/json": components["schemas"]["OdrNewPhonenumber"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrPhonenumber"];
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
    getSessionSessionProjection: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSessionProjection"];
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
    getSessionReference: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSetSessionReferenceRequest"];
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
    setSessionReference: {
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
                "application/json": components["schemas"]["OdrSetSessionReferenceRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSetSessionReferenceRequest"];
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
    getSessionShipppingAddress: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSessionShipppingAddressResponse"];
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
    selectSessionBillingRequest: {
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
                "application/json": components["schemas"]["OdrSelectSessionBillingRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrAddress"];
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
    getSessionShippingMethod: {
        parameters: {
            query?: {
                country_code?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSessionShippingMethodResponse"];
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
    selectSessionShippingMethod: {
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
                "application/json": components["schemas"]["OdrSelectSessionShippingMethodRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSelectSessionShippingMethodRequest"];
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
    getSessionShippingPoint: {
        parameters: {
            query?: {
                /** @description the country used to select shipping points */
                country_code?: string;
                /** @description method_id */
                method_id?: string;
                /** @description prefiled with the postal_code of the primary address */
                postal_code?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSessionShippingPointResponse"];
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
    selectSessionShippingPoint: {
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
                "application/json": components["schemas"]["OdrSelectSessionShippingPointRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSelectSessionShippingPointRequest"];
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
    getSessionShippingWindow: {
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
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetSessionShippingWindowResponse"];
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
    selectSessionShippingWindow: {
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
                "application/json": components["schemas"]["OdrSelectSessionShippingWindowRequest"];
            };
        };
        responses: {
            /** @description An id that is usable for the given session */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSelectSessionShippingWindowResponse"];
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
    announceSkus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrSku"][];
            };
        };
        responses: {
            /** @description The list of skus */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrSkuResult"];
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
    listTransactions: {
        parameters: {
            query?: {
                entity_type?: string;
                entity_id?: string;
            };
            header?: {
                /** @description The requested page. The seed calls it "the requested page id", "the cursor" or "The page token", and the response's x-page header "The next page cursor": send that value to get the next page. */
                "x-page"?: components["parameters"]["XPage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transactions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrTransaction"][];
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
    createTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrTransactionModel"];
            };
        };
        responses: {
            /** @description The created transaction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrTransaction"];
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
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrTransaction"];
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
    listMethodsForTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of payment methods */
            200: {
                headers: {
                    "x-page": components["headers"]["XPage"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrMethod"][];
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
    createPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrPaymentIntent"];
            };
        };
        responses: {
            /** @description Payment information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrPayment"];
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
    createRefund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OdrRefundIntent"];
            };
        };
        responses: {
            /** @description Payment information */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OdrPayment"];
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
