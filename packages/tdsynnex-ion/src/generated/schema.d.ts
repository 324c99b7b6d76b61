export interface paths {
    "/oauth/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Access Token
         * @description Acquire an OAuth 2.0 access token using a refresh token. Used to authenticate all subsequent API requests. The body is form-encoded (`grant_type=refresh_token&refresh_token=...`); no client credentials are sent, and the endpoint itself needs no Bearer token.
         */
        post: operations["getAccessToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Customers
         * @description List all end customers associated with the partner account.
         */
        get: operations["listCustomers"];
        put?: never;
        /**
         * Create Customer
         * @description Add a new end customer to the platform.
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer
         * @description Retrieve details for a specific end customer.
         */
        get: operations["getCustomer"];
        /**
         * Update Customer
         * @description Modify an existing end customer's information.
         */
        put: operations["updateCustomer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/cloudProfiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer Cloud Profiles
         * @description Fetch linked cloud provider profile details for a specific customer.
         */
        get: operations["getCustomerCloudProfiles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Products
         * @description Retrieve the list of technology products available through TD SYNNEX.
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Product
         * @description Access detailed information for a specific technology product.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/products/verticals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * List Product Verticals
         * @description List product verticals (industry/market segments) available in the catalog. The vendor documents this read-only listing as a POST without a request body; the method is kept as published.
         */
        post: operations["listProductVerticals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/products/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * List Product Categories
         * @description List product categories available in the catalog. The vendor documents this read-only listing as a PUT without a request body; the method is kept as published.
         */
        put: operations["listProductCategories"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Orders
         * @description Retrieve all orders associated with the partner account.
         */
        get: operations["listOrders"];
        put?: never;
        /**
         * Create Order
         * @description Create a new technology product order.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Customer Orders
         * @description Fetch all orders for a specific customer.
         */
        get: operations["listCustomerOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Order
         * @description Retrieve details for a specific order.
         */
        get: operations["getOrder"];
        /**
         * Update Order
         * @description Modify an existing order (e.g., update license counts, renewal settings).
         */
        put: operations["updateOrder"];
        post?: never;
        /**
         * Cancel Order
         * @description Cancel a pending order. The vendor documents a 200 response without a body.
         */
        delete: operations["cancelOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Customer Subscriptions
         * @description List all cloud software subscriptions for a specific customer.
         */
        get: operations["listCustomerSubscriptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/subscriptions/{subscriptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Subscription
         * @description Retrieve details for a specific customer subscription.
         */
        get: operations["getSubscription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/carts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Carts
         * @description List all shopping carts for a specific customer.
         */
        get: operations["listCarts"];
        put?: never;
        /**
         * Create Cart
         * @description Create a new shopping cart for a customer.
         */
        post: operations["createCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Cart
         * @description Retrieve a specific shopping cart.
         */
        get: operations["getCart"];
        /**
         * Update Cart
         * @description Update an existing shopping cart.
         */
        put: operations["updateCart"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Checkout Cart
         * @description Process the shopping cart and create an order from its contents. Takes no request body.
         */
        post: operations["checkoutCart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Cart Items
         * @description List all items in a shopping cart.
         */
        get: operations["listCartItems"];
        put?: never;
        /**
         * Add Cart Item
         * @description Add a product item to the shopping cart.
         */
        post: operations["addCartItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/carts/{cartId}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Cart Item
         * @description Retrieve details for a specific cart item.
         */
        get: operations["getCartItem"];
        /**
         * Update Cart Item
         * @description Modify an existing item in the shopping cart (e.g., change quantity).
         */
        put: operations["updateCartItem"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/cloudProviders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Cloud Provider
         * @description Register a cloud provider account for a customer.
         */
        post: operations["createCloudProvider"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/customers/{customerId}/cloudProviders/{providerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Cloud Provider
         * @description Retrieve details for a specific customer cloud provider account.
         */
        get: operations["getCloudProvider"];
        /**
         * Link Cloud Provider
         * @description Link an existing cloud provider account to a customer.
         */
        put: operations["linkCloudProvider"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/provisioningInfo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Provisioning Info
         * @description Get vendor-specific provisioning configuration templates. Use either the vendor or templateId query parameter.
         */
        get: operations["getProvisioningInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Reports
         * @description List all available business intelligence reports for the account.
         */
        get: operations["listReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/reports/{reportId}/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Report Metadata
         * @description Retrieve structure and schema information for a specific report.
         */
        get: operations["getReportMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v3/accounts/{accountId}/reports/{reportId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Report Data
         * @description Access report data. Use the format=csv query parameter to export as CSV (the response is then text/csv).
         */
        get: operations["getReportData"];
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
        Error: {
            /** @description Error code */
            code?: string;
            /** @description Human-readable error message */
            message?: string;
            details?: string[];
        };
        /** @description Form fields of the refresh-token grant */
        TokenRequest: {
            /**
             * @description OAuth 2.0 grant type
             * @enum {string}
             */
            grant_type: "refresh_token";
            /** @description Valid refresh token from initial authorization */
            refresh_token: string;
        };
        /** @description OAuth 2.0 token response */
        TokenResponse: {
            /** @description Bearer access token for API authentication */
            access_token?: string;
            /** @example Bearer */
            token_type?: string;
            /** @description Token expiration time in seconds */
            expires_in?: number;
        };
        /** @description One page of customers */
        CustomerList: {
            customers?: components["schemas"]["Customer"][];
            /** @description Total number of customers across all pages */
            totalCount?: number;
        };
        /** @description An end customer account */
        Customer: {
            /** @description Unique customer identifier */
            customerId?: string;
            /** @description Customer's company name */
            companyName?: string;
            /** @description Primary contact email */
            email?: string;
            /** @description Primary contact phone */
            phone?: string;
            address?: components["schemas"]["Address"];
            /** @enum {string} */
            status?: "ACTIVE" | "INACTIVE" | "SUSPENDED";
            /** Format: date-time */
            createdDate?: string;
            /** Format: date-time */
            modifiedDate?: string;
        };
        CustomerRequest: {
            companyName: string;
            email: string;
            phone?: string;
            address?: components["schemas"]["Address"];
        };
        Address: {
            street?: string;
            city?: string;
            state?: string;
            postalCode?: string;
            country?: string;
        };
        /** @description A customer's cloud provider account profile */
        CloudProfile: {
            profileId?: string;
            /** @example Microsoft */
            vendor?: string;
            tenantId?: string;
            status?: string;
        };
        /** @description Cloud provider account linked to a customer */
        CloudProvider: {
            providerId?: string;
            vendor?: string;
            accountId?: string;
            status?: string;
            /** Format: date-time */
            createdDate?: string;
        };
        CloudProviderRequest: {
            /** @description Cloud vendor name (e.g., Microsoft, AWS, Google) */
            vendor: string;
            /** @description Cloud vendor account identifier */
            accountId?: string;
        };
        /** @description One page of products */
        ProductList: {
            products?: components["schemas"]["Product"][];
            /** @description Total number of products across all pages */
            totalCount?: number;
        };
        /** @description A technology product available for distribution */
        Product: {
            productId?: string;
            name?: string;
            description?: string;
            vendor?: string;
            category?: string;
            vertical?: string;
            sku?: string;
            pricing?: {
                /** Format: double */
                unitPrice?: number;
                currency?: string;
                /** @enum {string} */
                billingFrequency?: "MONTHLY" | "ANNUAL" | "ONE_TIME";
            };
            features?: string[];
            status?: string;
        };
        /** @description One page of orders */
        OrderList: {
            orders?: components["schemas"]["Order"][];
            /** @description Total number of orders across all pages */
            totalCount?: number;
        };
        /** @description A technology product order */
        Order: {
            orderId?: string;
            customerId?: string;
            /** @enum {string} */
            status?: "PENDING" | "PROCESSING" | "COMPLETED" | "CANCELLED" | "FAILED";
            items?: components["schemas"]["OrderItem"][];
            /** Format: double */
            totalAmount?: number;
            currency?: string;
            /** Format: date-time */
            createdDate?: string;
            /** Format: date-time */
            modifiedDate?: string;
        };
        OrderItem: {
            productId?: string;
            quantity?: number;
            /** Format: double */
            unitPrice?: number;
            /** Format: double */
            totalPrice?: number;
        };
        OrderRequest: {
            customerId: string;
            items: {
                productId?: string;
                quantity?: number;
            }[];
            notes?: string;
        };
        /** @description A cloud software subscription */
        Subscription: {
            subscriptionId?: string;
            customerId?: string;
            productId?: string;
            productName?: string;
            vendor?: string;
            quantity?: number;
            /** @enum {string} */
            status?: "ACTIVE" | "SUSPENDED" | "CANCELLED" | "EXPIRED";
            /** Format: date */
            startDate?: string;
            /** Format: date */
            endDate?: string;
            /** Format: date */
            renewalDate?: string;
            autoRenew?: boolean;
            /** Format: double */
            monthlyAmount?: number;
            currency?: string;
        };
        /** @description A shopping cart for order preparation */
        Cart: {
            cartId?: string;
            customerId?: string;
            /** @enum {string} */
            status?: "OPEN" | "CHECKED_OUT" | "ABANDONED";
            items?: components["schemas"]["CartItem"][];
            /** Format: double */
            totalAmount?: number;
            /** Format: date-time */
            createdDate?: string;
        };
        CartRequest: {
            notes?: string;
        };
        CartItem: {
            itemId?: string;
            productId?: string;
            productName?: string;
            quantity?: number;
            /** Format: double */
            unitPrice?: number;
            /** Format: double */
            totalPrice?: number;
        };
        CartItemRequest: {
            productId: string;
            quantity: number;
        };
        /** @description A vendor-specific provisioning configuration template */
        ProvisioningTemplate: {
            templateId?: string;
            vendor?: string;
            name?: string;
            description?: string;
            fields?: {
                name?: string;
                type?: string;
                required?: boolean;
                description?: string;
            }[];
        };
        /** @description Report structure and metadata */
        ReportMetadata: {
            reportId?: string;
            name?: string;
            description?: string;
            columns?: {
                name?: string;
                type?: string;
                description?: string;
            }[];
            filters?: string[];
        };
        /** @description Business intelligence report data */
        ReportData: {
            reportId?: string;
            /** Format: date-time */
            generatedAt?: string;
            totalRows?: number;
            data?: {
                [key: string]: unknown;
            }[];
        };
    };
    responses: {
        /** @description Bad Request - Invalid request parameters or body */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "INVALID_REQUEST",
                 *       "message": "Request body must have required property 'companyName'",
                 *       "details": [
                 *         "companyName is required"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Unauthorized - Valid OAuth 2.0 token required */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "UNAUTHORIZED",
                 *       "message": "A valid Bearer access token is required",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Not Found - Requested resource does not exist */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": "NOT_FOUND",
                 *       "message": "The requested resource does not exist",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /**
         * @description Partner account identifier
         * @example 1001234
         */
        AccountId: string;
        /**
         * @description End customer identifier
         * @example 3305821
         */
        CustomerId: string;
        /**
         * @description Order identifier
         * @example ORD-2025-0048213
         */
        OrderId: string;
        /**
         * @description Shopping cart identifier
         * @example CART-55190
         */
        CartId: string;
        /**
         * @description Cart item identifier
         * @example ITEM-1
         */
        ItemId: string;
        /**
         * @description Unique cloud provider identifier
         * @example CPV-20931
         */
        ProviderId: string;
        /**
         * @description Report identifier
         * @example RPT-BILLING-MONTHLY
         */
        ReportId: string;
        /** @description Page number for pagination (1-based) */
        Page: number;
        /** @description Number of results per page */
        PageSize: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaError = components['schemas']['Error'];
export type SchemaTokenRequest = components['schemas']['TokenRequest'];
export type SchemaTokenResponse = components['schemas']['TokenResponse'];
export type SchemaCustomerList = components['schemas']['CustomerList'];
export type SchemaCustomer = components['schemas']['Customer'];
export type SchemaCustomerRequest = components['schemas']['CustomerRequest'];
export type SchemaAddress = components['schemas']['Address'];
export type SchemaCloudProfile = components['schemas']['CloudProfile'];
export type SchemaCloudProvider = components['schemas']['CloudProvider'];
export type SchemaCloudProviderRequest = components['schemas']['CloudProviderRequest'];
export type SchemaProductList = components['schemas']['ProductList'];
export type SchemaProduct = components['schemas']['Product'];
export type SchemaOrderList = components['schemas']['OrderList'];
export type SchemaOrder = components['schemas']['Order'];
export type SchemaOrderItem = components['schemas']['OrderItem'];
export type SchemaOrderRequest = components['schemas']['OrderRequest'];
export type SchemaSubscription = components['schemas']['Subscription'];
export type SchemaCart = components['schemas']['Cart'];
export type SchemaCartRequest = components['schemas']['CartRequest'];
export type SchemaCartItem = components['schemas']['CartItem'];
export type SchemaCartItemRequest = components['schemas']['CartItemRequest'];
export type SchemaProvisioningTemplate = components['schemas']['ProvisioningTemplate'];
export type SchemaReportMetadata = components['schemas']['ReportMetadata'];
export type SchemaReportData = components['schemas']['ReportData'];
export type ResponseBadRequest = components['responses']['BadRequest'];
export type ResponseUnauthorized = components['responses']['Unauthorized'];
export type ResponseNotFound = components['responses']['NotFound'];
export type ParameterAccountId = components['parameters']['AccountId'];
export type ParameterCustomerId = components['parameters']['CustomerId'];
export type ParameterOrderId = components['parameters']['OrderId'];
export type ParameterCartId = components['parameters']['CartId'];
export type ParameterItemId = components['parameters']['ItemId'];
export type ParameterProviderId = components['parameters']['ProviderId'];
export type ParameterReportId = components['parameters']['ReportId'];
export type ParameterPage = components['parameters']['Page'];
export type ParameterPageSize = components['parameters']['PageSize'];
export type $defs = Record<string, never>;
export interface operations {
    getAccessToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "grant_type": "refresh_token",
                 *       "refresh_token": "7f3c9a1e-52d4-4b8e-9c0a-3e1f6d2b8a47"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Access token response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDAxMjM0In0.c2lnbmF0dXJl",
                     *       "token_type": "Bearer",
                     *       "expires_in": 3600
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            /** @description Unauthorized - The refresh token is invalid, expired or revoked */
            401: components["responses"]["Unauthorized"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /** @description Page number for pagination (1-based) */
                page?: components["parameters"]["Page"];
                /** @description Number of results per page */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of customers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "customers": [
                     *         {
                     *           "customerId": "3305821",
                     *           "companyName": "Contoso Dental Group",
                     *           "email": "it-admin@contosodental.example",
                     *           "phone": "+1-512-555-0142",
                     *           "address": {
                     *             "street": "1200 Barton Springs Rd",
                     *             "city": "Austin",
                     *             "state": "TX",
                     *             "postalCode": "78704",
                     *             "country": "US"
                     *           },
                     *           "status": "ACTIVE",
                     *           "createdDate": "2024-02-11T15:04:22Z",
                     *           "modifiedDate": "2025-01-08T09:12:40Z"
                     *         },
                     *         {
                     *           "customerId": "3305907",
                     *           "companyName": "Fabrikam Logistics LLC",
                     *           "email": "ops@fabrikam.example",
                     *           "status": "SUSPENDED",
                     *           "createdDate": "2024-06-03T11:20:00Z",
                     *           "modifiedDate": "2024-12-19T17:45:03Z"
                     *         }
                     *       ],
                     *       "totalCount": 2
                     *     }
                     */
                    "application/json": components["schemas"]["CustomerList"];
                };
            };
            /** @description Bad Request - Invalid page or pageSize (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        /** @description New customer details */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "companyName": "Contoso Dental Group",
                 *       "email": "it-admin@contosodental.example",
                 *       "phone": "+1-512-555-0142",
                 *       "address": {
                 *         "street": "1200 Barton Springs Rd",
                 *         "city": "Austin",
                 *         "state": "TX",
                 *         "postalCode": "78704",
                 *         "country": "US"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CustomerRequest"];
            };
        };
        responses: {
            /** @description Customer created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Customer details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "companyName": "Contoso Dental Group",
                 *       "email": "it-admin@contosodental.example",
                 *       "phone": "+1-512-555-0199"
                 *     }
                 */
                "application/json": components["schemas"]["CustomerRequest"];
            };
        };
        responses: {
            /** @description Customer updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer"];
                };
            };
            /** @description Bad Request - Invalid request body (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getCustomerCloudProfiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Customer cloud profiles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "profileId": "cp-61c2e0",
                     *         "vendor": "Microsoft",
                     *         "tenantId": "9b1f3c2a-7d4e-4f6b-8a1c-2e5d7f9a0b13",
                     *         "status": "ACTIVE"
                     *       },
                     *       {
                     *         "profileId": "cp-61c2f4",
                     *         "vendor": "Google",
                     *         "tenantId": "C03az79cb",
                     *         "status": "PENDING"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CloudProfile"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /**
                 * @description Filter by vendor name
                 * @example Microsoft
                 */
                vendor?: string;
                /**
                 * @description Filter by product category
                 * @example Productivity
                 */
                category?: string;
                /** @description Page number for pagination (1-based) */
                page?: components["parameters"]["Page"];
                /** @description Number of results per page */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of available products */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "products": [
                     *         {
                     *           "productId": "MS-M365-E3",
                     *           "name": "Microsoft 365 E3",
                     *           "description": "Office apps, Exchange, SharePoint and Teams with enterprise security.",
                     *           "vendor": "Microsoft",
                     *           "category": "Productivity",
                     *           "vertical": "Business Applications",
                     *           "sku": "CFQ7TTC0LFLZ:0002",
                     *           "pricing": {
                     *             "unitPrice": 36,
                     *             "currency": "USD",
                     *             "billingFrequency": "MONTHLY"
                     *           },
                     *           "features": [
                     *             "Microsoft 365 Apps for enterprise",
                     *             "100 GB mailbox"
                     *           ],
                     *           "status": "ACTIVE"
                     *         },
                     *         {
                     *           "productId": "ACRONIS-CP-BKP",
                     *           "name": "Acronis Cyber Protect Cloud - Backup",
                     *           "vendor": "Acronis",
                     *           "category": "Backup and Recovery",
                     *           "sku": "SH2AMSENS",
                     *           "pricing": {
                     *             "unitPrice": 4.5,
                     *             "currency": "USD",
                     *             "billingFrequency": "MONTHLY"
                     *           },
                     *           "status": "ACTIVE"
                     *         }
                     *       ],
                     *       "totalCount": 2
                     *     }
                     */
                    "application/json": components["schemas"]["ProductList"];
                };
            };
            /** @description Bad Request - Invalid filter, page or pageSize (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Unique product identifier
                 * @example MS-M365-E3
                 */
                productId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Product details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "productId": "MS-M365-E3",
                     *       "name": "Microsoft 365 E3",
                     *       "description": "Office apps, Exchange, SharePoint and Teams with enterprise security.",
                     *       "vendor": "Microsoft",
                     *       "category": "Productivity",
                     *       "vertical": "Business Applications",
                     *       "sku": "CFQ7TTC0LFLZ:0002",
                     *       "pricing": {
                     *         "unitPrice": 36,
                     *         "currency": "USD",
                     *         "billingFrequency": "MONTHLY"
                     *       },
                     *       "features": [
                     *         "Microsoft 365 Apps for enterprise",
                     *         "100 GB mailbox",
                     *         "Microsoft Intune"
                     *       ],
                     *       "status": "ACTIVE"
                     *     }
                     */
                    "application/json": components["schemas"]["Product"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listProductVerticals: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of product verticals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       "Business Applications",
                     *       "Security",
                     *       "Infrastructure",
                     *       "Healthcare"
                     *     ]
                     */
                    "application/json": string[];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listProductCategories: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of product categories */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       "Productivity",
                     *       "Backup and Recovery",
                     *       "Endpoint Security",
                     *       "Compute"
                     *     ]
                     */
                    "application/json": string[];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    listOrders: {
        parameters: {
            query?: {
                /**
                 * @description Filter by order status
                 * @example COMPLETED
                 */
                status?: string;
                /** @description Page number for pagination (1-based) */
                page?: components["parameters"]["Page"];
                /** @description Number of results per page */
                pageSize?: components["parameters"]["PageSize"];
            };
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "orders": [
                     *         {
                     *           "orderId": "ORD-2025-0048213",
                     *           "customerId": "3305821",
                     *           "status": "COMPLETED",
                     *           "items": [
                     *             {
                     *               "productId": "MS-M365-E3",
                     *               "quantity": 25,
                     *               "unitPrice": 36,
                     *               "totalPrice": 900
                     *             }
                     *           ],
                     *           "totalAmount": 900,
                     *           "currency": "USD",
                     *           "createdDate": "2025-01-06T14:22:31Z",
                     *           "modifiedDate": "2025-01-06T14:25:02Z"
                     *         },
                     *         {
                     *           "orderId": "ORD-2025-0048377",
                     *           "customerId": "3305907",
                     *           "status": "PENDING",
                     *           "items": [
                     *             {
                     *               "productId": "ACRONIS-CP-BKP",
                     *               "quantity": 40,
                     *               "unitPrice": 4.5,
                     *               "totalPrice": 180
                     *             }
                     *           ],
                     *           "totalAmount": 180,
                     *           "currency": "USD",
                     *           "createdDate": "2025-01-09T08:03:47Z",
                     *           "modifiedDate": "2025-01-09T08:03:47Z"
                     *         }
                     *       ],
                     *       "totalCount": 2
                     *     }
                     */
                    "application/json": components["schemas"]["OrderList"];
                };
            };
            /** @description Bad Request - Invalid filter, page or pageSize (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderRequest"];
            };
        };
        responses: {
            /** @description Order created successfully */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listCustomerOrders: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of customer orders */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "orderId": "ORD-2025-0048213",
                     *         "customerId": "3305821",
                     *         "status": "COMPLETED",
                     *         "items": [
                     *           {
                     *             "productId": "MS-M365-E3",
                     *             "quantity": 25,
                     *             "unitPrice": 36,
                     *             "totalPrice": 900
                     *           }
                     *         ],
                     *         "totalAmount": 900,
                     *         "currency": "USD",
                     *         "createdDate": "2025-01-06T14:22:31Z",
                     *         "modifiedDate": "2025-01-06T14:25:02Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Order"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Order identifier
                 * @example ORD-2025-0048213
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Order details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    updateOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Order identifier
                 * @example ORD-2025-0048213
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderRequest"];
            };
        };
        responses: {
            /** @description Order updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description Bad Request - Invalid request body (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown order (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    cancelOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Order identifier
                 * @example ORD-2025-0048213
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Order cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listCustomerSubscriptions: {
        parameters: {
            query?: {
                /**
                 * @description Filter subscriptions by vendor
                 * @example Microsoft
                 */
                vendor?: string;
                /**
                 * @description Filter by subscription status
                 * @example ACTIVE
                 */
                status?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of customer subscriptions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "subscriptionId": "SUB-7781203",
                     *         "customerId": "3305821",
                     *         "productId": "MS-M365-E3",
                     *         "productName": "Microsoft 365 E3",
                     *         "vendor": "Microsoft",
                     *         "quantity": 25,
                     *         "status": "ACTIVE",
                     *         "startDate": "2025-01-06",
                     *         "endDate": "2026-01-05",
                     *         "renewalDate": "2026-01-06",
                     *         "autoRenew": true,
                     *         "monthlyAmount": 900,
                     *         "currency": "USD"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Subscription"][];
                };
            };
            /** @description Bad Request - Invalid filter (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    getSubscription: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description Unique subscription identifier
                 * @example SUB-7781203
                 */
                subscriptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Subscription details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "subscriptionId": "SUB-7781203",
                     *       "customerId": "3305821",
                     *       "productId": "MS-M365-E3",
                     *       "productName": "Microsoft 365 E3",
                     *       "vendor": "Microsoft",
                     *       "quantity": 25,
                     *       "status": "ACTIVE",
                     *       "startDate": "2025-01-06",
                     *       "endDate": "2026-01-05",
                     *       "renewalDate": "2026-01-06",
                     *       "autoRenew": true,
                     *       "monthlyAmount": 900,
                     *       "currency": "USD"
                     *     }
                     */
                    "application/json": components["schemas"]["Subscription"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listCarts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of shopping carts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "cartId": "CART-55190",
                     *         "customerId": "3305821",
                     *         "status": "OPEN",
                     *         "items": [
                     *           {
                     *             "itemId": "ITEM-1",
                     *             "productId": "MS-M365-E3",
                     *             "productName": "Microsoft 365 E3",
                     *             "quantity": 5,
                     *             "unitPrice": 36,
                     *             "totalPrice": 180
                     *           }
                     *         ],
                     *         "totalAmount": 180,
                     *         "createdDate": "2025-01-10T10:15:00Z"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Cart"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    createCart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Q1 seat expansion"
                 *     }
                 */
                "application/json": components["schemas"]["CartRequest"];
            };
        };
        responses: {
            /** @description Cart created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cartId": "CART-55204",
                     *       "customerId": "3305821",
                     *       "status": "OPEN",
                     *       "items": [],
                     *       "totalAmount": 0,
                     *       "createdDate": "2025-01-12T09:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Bad Request - Invalid request body (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    getCart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description Shopping cart identifier
                 * @example CART-55190
                 */
                cartId: components["parameters"]["CartId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cart details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer or cart (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    updateCart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description Shopping cart identifier
                 * @example CART-55190
                 */
                cartId: components["parameters"]["CartId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "notes": "Q1 seat expansion, approved by finance"
                 *     }
                 */
                "application/json": components["schemas"]["CartRequest"];
            };
        };
        responses: {
            /** @description Cart updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cart"];
                };
            };
            /** @description Bad Request - Invalid request body (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer or cart (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    checkoutCart: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description Shopping cart identifier
                 * @example CART-55190
                 */
                cartId: components["parameters"]["CartId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Checkout successful, order created */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer or cart (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    listCartItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description Shopping cart identifier
                 * @example CART-55190
                 */
                cartId: components["parameters"]["CartId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of cart items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "itemId": "ITEM-1",
                     *         "productId": "MS-M365-E3",
                     *         "productName": "Microsoft 365 E3",
                     *         "quantity": 5,
                     *         "unitPrice": 36,
                     *         "totalPrice": 180
                     *       },
                     *       {
                     *         "itemId": "ITEM-2",
                     *         "productId": "ACRONIS-CP-BKP",
                     *         "productName": "Acronis Cyber Protect Cloud - Backup",
                     *         "quantity": 5,
                     *         "unitPrice": 4.5,
                     *         "totalPrice": 22.5
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["CartItem"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer or cart (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    addCartItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description Shopping cart identifier
                 * @example CART-55190
                 */
                cartId: components["parameters"]["CartId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "productId": "MS-M365-E3",
                 *       "quantity": 5
                 *     }
                 */
                "application/json": components["schemas"]["CartItemRequest"];
            };
        };
        responses: {
            /** @description Item added to cart */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
                };
            };
            /** @description Bad Request - Invalid request body (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer or cart (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    getCartItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description Shopping cart identifier
                 * @example CART-55190
                 */
                cartId: components["parameters"]["CartId"];
                /**
                 * @description Cart item identifier
                 * @example ITEM-1
                 */
                itemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cart item details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer, cart or item (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    updateCartItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description Shopping cart identifier
                 * @example CART-55190
                 */
                cartId: components["parameters"]["CartId"];
                /**
                 * @description Cart item identifier
                 * @example ITEM-1
                 */
                itemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "productId": "MS-M365-E3",
                 *       "quantity": 10
                 *     }
                 */
                "application/json": components["schemas"]["CartItemRequest"];
            };
        };
        responses: {
            /** @description Cart item updated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CartItem"];
                };
            };
            /** @description Bad Request - Invalid request body (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer, cart or item (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    createCloudProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vendor": "Microsoft"
                 *     }
                 */
                "application/json": components["schemas"]["CloudProviderRequest"];
            };
        };
        responses: {
            /** @description Cloud provider registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudProvider"];
                };
            };
            /** @description Bad Request - Invalid request body (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    getCloudProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description Unique cloud provider identifier
                 * @example CPV-20931
                 */
                providerId: components["parameters"]["ProviderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cloud provider details */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudProvider"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer or cloud provider (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    linkCloudProvider: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description End customer identifier
                 * @example 3305821
                 */
                customerId: components["parameters"]["CustomerId"];
                /**
                 * @description Unique cloud provider identifier
                 * @example CPV-20931
                 */
                providerId: components["parameters"]["ProviderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vendor": "Microsoft",
                 *       "accountId": "9b1f3c2a-7d4e-4f6b-8a1c-2e5d7f9a0b13"
                 *     }
                 */
                "application/json": components["schemas"]["CloudProviderRequest"];
            };
        };
        responses: {
            /** @description Cloud provider linked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CloudProvider"];
                };
            };
            /** @description Bad Request - Invalid request body (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown customer or cloud provider (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    getProvisioningInfo: {
        parameters: {
            query?: {
                /**
                 * @description Vendor name to retrieve provisioning templates for
                 * @example Microsoft
                 */
                vendor?: string;
                /**
                 * @description Specific provisioning template ID
                 * @example TPL-MS-CSP-NEWTENANT
                 */
                templateId?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Provisioning templates */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "templateId": "TPL-MS-CSP-NEWTENANT",
                     *         "vendor": "Microsoft",
                     *         "name": "Microsoft CSP - new tenant",
                     *         "description": "Fields needed to create a new Microsoft tenant for the customer.",
                     *         "fields": [
                     *           {
                     *             "name": "domainPrefix",
                     *             "type": "string",
                     *             "required": true,
                     *             "description": "Prefix of the onmicrosoft.com domain"
                     *           },
                     *           {
                     *             "name": "acceptCustomerAgreement",
                     *             "type": "boolean",
                     *             "required": true,
                     *             "description": "The customer accepted the Microsoft Customer Agreement"
                     *           }
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ProvisioningTemplate"][];
                };
            };
            /** @description Bad Request - Neither or an unknown vendor/templateId given (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listReports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description List of available reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "reportId": "RPT-BILLING-MONTHLY",
                     *         "name": "Monthly billing summary",
                     *         "description": "Billed amounts per customer and product for a period.",
                     *         "columns": [
                     *           {
                     *             "name": "customerId",
                     *             "type": "string",
                     *             "description": "End customer identifier"
                     *           },
                     *           {
                     *             "name": "amount",
                     *             "type": "number",
                     *             "description": "Billed amount in the account currency"
                     *           }
                     *         ],
                     *         "filters": [
                     *           "customerId",
                     *           "vendor"
                     *         ]
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ReportMetadata"][];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    getReportMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Report identifier
                 * @example RPT-BILLING-MONTHLY
                 */
                reportId: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Report metadata and structure */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reportId": "RPT-BILLING-MONTHLY",
                     *       "name": "Monthly billing summary",
                     *       "description": "Billed amounts per customer and product for a period.",
                     *       "columns": [
                     *         {
                     *           "name": "customerId",
                     *           "type": "string",
                     *           "description": "End customer identifier"
                     *         },
                     *         {
                     *           "name": "productId",
                     *           "type": "string",
                     *           "description": "Product identifier"
                     *         },
                     *         {
                     *           "name": "amount",
                     *           "type": "number",
                     *           "description": "Billed amount in the account currency"
                     *         }
                     *       ],
                     *       "filters": [
                     *         "customerId",
                     *         "vendor"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportMetadata"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown report (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
    getReportData: {
        parameters: {
            query?: {
                /** @description Output format (omit for JSON, use 'csv' for CSV export) */
                format?: "csv";
                /**
                 * @description Report start date (YYYY-MM-DD)
                 * @example 2025-01-01
                 */
                startDate?: string;
                /**
                 * @description Report end date (YYYY-MM-DD)
                 * @example 2025-01-31
                 */
                endDate?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Partner account identifier
                 * @example 1001234
                 */
                accountId: components["parameters"]["AccountId"];
                /**
                 * @description Report identifier
                 * @example RPT-BILLING-MONTHLY
                 */
                reportId: components["parameters"]["ReportId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Report data */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "reportId": "RPT-BILLING-MONTHLY",
                     *       "generatedAt": "2025-02-01T03:00:12Z",
                     *       "totalRows": 2,
                     *       "data": [
                     *         {
                     *           "customerId": "3305821",
                     *           "productId": "MS-M365-E3",
                     *           "amount": 900
                     *         },
                     *         {
                     *           "customerId": "3305907",
                     *           "productId": "ACRONIS-CP-BKP",
                     *           "amount": 180
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ReportData"];
                    /**
                     * @example customerId,productId,amount
                     *     3305821,MS-M365-E3,900.00
                     *     3305907,ACRONIS-CP-BKP,180.00
                     */
                    "text/csv": string;
                };
            };
            /** @description Bad Request - Invalid format or date (inferred, not listed for this operation by the vendor) */
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description Not Found - Unknown report (inferred, not listed for this operation by the vendor) */
            404: components["responses"]["NotFound"];
        };
    };
}
