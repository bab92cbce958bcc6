module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<512xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<512xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<512xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<512xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<512xf32>, %arg6: tensor<f32>, %arg7: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<512xf32> {jax.result_info = "result[1]"}, tensor<512xf32> {jax.result_info = "result[2]"}, tensor<512xf32> {jax.result_info = "result[3]"}, tensor<512xf32> {jax.result_info = "result[4]"}) {
    %c = stablehlo.constant dense<3> : tensor<i32>
    %0 = call @floor_divide(%arg0, %c) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %arg0, %c_0 : tensor<i32>
    %c_1 = stablehlo.constant dense<3> : tensor<i32>
    %2 = call @remainder(%1, %c_1) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %3 = stablehlo.compare EQ, %2, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %4 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %5 = stablehlo.divide %arg5, %4 : tensor<512xf32>
    %6 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<512xi1>
    %7 = stablehlo.add %5, %arg4 : tensor<512xf32>
    %cst_3 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %8 = stablehlo.broadcast_in_dim %cst_3, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %9 = stablehlo.divide %7, %8 : tensor<512xf32>
    %10 = call @_where_0(%6, %9, %5) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %11 = stablehlo.broadcast_in_dim %cst_4, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %12 = call @_where_0(%6, %11, %7) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %13 = stablehlo.reshape %arg5 : (tensor<512xf32>) -> tensor<4x1x4x32xf32>
    %14 = stablehlo.slice %13 [0:1, 0:1, 0:1, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %15 = stablehlo.reshape %14 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %16 = stablehlo.reshape %15 : (tensor<1x32xf32>) -> tensor<32xf32>
    %17 = stablehlo.slice %13 [0:1, 0:1, 1:2, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %18 = stablehlo.reshape %17 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %19 = stablehlo.reshape %18 : (tensor<1x32xf32>) -> tensor<32xf32>
    %20 = stablehlo.slice %13 [0:1, 0:1, 2:3, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %21 = stablehlo.reshape %20 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %22 = stablehlo.reshape %21 : (tensor<1x32xf32>) -> tensor<32xf32>
    %23 = stablehlo.slice %13 [0:1, 0:1, 3:4, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %24 = stablehlo.reshape %23 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x32xf32>) -> tensor<32xf32>
    %26 = stablehlo.slice %13 [1:2, 0:1, 0:1, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x32xf32>) -> tensor<32xf32>
    %29 = stablehlo.slice %13 [1:2, 0:1, 1:2, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %31 = stablehlo.reshape %30 : (tensor<1x32xf32>) -> tensor<32xf32>
    %32 = stablehlo.slice %13 [1:2, 0:1, 2:3, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %33 = stablehlo.reshape %32 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x32xf32>) -> tensor<32xf32>
    %35 = stablehlo.slice %13 [1:2, 0:1, 3:4, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %36 = stablehlo.reshape %35 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x32xf32>) -> tensor<32xf32>
    %38 = stablehlo.slice %13 [2:3, 0:1, 0:1, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x32xf32>) -> tensor<32xf32>
    %41 = stablehlo.slice %13 [2:3, 0:1, 1:2, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %42 = stablehlo.reshape %41 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %43 = stablehlo.reshape %42 : (tensor<1x32xf32>) -> tensor<32xf32>
    %44 = stablehlo.slice %13 [2:3, 0:1, 2:3, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %45 = stablehlo.reshape %44 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %46 = stablehlo.reshape %45 : (tensor<1x32xf32>) -> tensor<32xf32>
    %47 = stablehlo.slice %13 [2:3, 0:1, 3:4, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %48 = stablehlo.reshape %47 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %49 = stablehlo.reshape %48 : (tensor<1x32xf32>) -> tensor<32xf32>
    %50 = stablehlo.slice %13 [3:4, 0:1, 0:1, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %51 = stablehlo.reshape %50 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %52 = stablehlo.reshape %51 : (tensor<1x32xf32>) -> tensor<32xf32>
    %53 = stablehlo.slice %13 [3:4, 0:1, 1:2, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %54 = stablehlo.reshape %53 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %55 = stablehlo.reshape %54 : (tensor<1x32xf32>) -> tensor<32xf32>
    %56 = stablehlo.slice %13 [3:4, 0:1, 2:3, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %57 = stablehlo.reshape %56 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x32xf32>) -> tensor<32xf32>
    %59 = stablehlo.slice %13 [3:4, 0:1, 3:4, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %60 = stablehlo.reshape %59 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %61 = stablehlo.reshape %60 : (tensor<1x32xf32>) -> tensor<32xf32>
    %62 = stablehlo.reshape %arg4 : (tensor<512xf32>) -> tensor<4x1x4x32xf32>
    %63 = stablehlo.slice %62 [0:1, 0:1, 0:1, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %64 = stablehlo.reshape %63 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %65 = stablehlo.reshape %64 : (tensor<1x32xf32>) -> tensor<32xf32>
    %66 = stablehlo.slice %62 [0:1, 0:1, 1:2, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %68 = stablehlo.reshape %67 : (tensor<1x32xf32>) -> tensor<32xf32>
    %69 = stablehlo.slice %62 [0:1, 0:1, 2:3, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %71 = stablehlo.reshape %70 : (tensor<1x32xf32>) -> tensor<32xf32>
    %72 = stablehlo.slice %62 [0:1, 0:1, 3:4, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %74 = stablehlo.reshape %73 : (tensor<1x32xf32>) -> tensor<32xf32>
    %75 = stablehlo.slice %62 [1:2, 0:1, 0:1, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %76 = stablehlo.reshape %75 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %77 = stablehlo.reshape %76 : (tensor<1x32xf32>) -> tensor<32xf32>
    %78 = stablehlo.slice %62 [1:2, 0:1, 1:2, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %80 = stablehlo.reshape %79 : (tensor<1x32xf32>) -> tensor<32xf32>
    %81 = stablehlo.slice %62 [1:2, 0:1, 2:3, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %82 = stablehlo.reshape %81 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %83 = stablehlo.reshape %82 : (tensor<1x32xf32>) -> tensor<32xf32>
    %84 = stablehlo.slice %62 [1:2, 0:1, 3:4, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %85 = stablehlo.reshape %84 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %86 = stablehlo.reshape %85 : (tensor<1x32xf32>) -> tensor<32xf32>
    %87 = stablehlo.slice %62 [2:3, 0:1, 0:1, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %88 = stablehlo.reshape %87 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %89 = stablehlo.reshape %88 : (tensor<1x32xf32>) -> tensor<32xf32>
    %90 = stablehlo.slice %62 [2:3, 0:1, 1:2, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %92 = stablehlo.reshape %91 : (tensor<1x32xf32>) -> tensor<32xf32>
    %93 = stablehlo.slice %62 [2:3, 0:1, 2:3, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %94 = stablehlo.reshape %93 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %95 = stablehlo.reshape %94 : (tensor<1x32xf32>) -> tensor<32xf32>
    %96 = stablehlo.slice %62 [2:3, 0:1, 3:4, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %97 = stablehlo.reshape %96 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %98 = stablehlo.reshape %97 : (tensor<1x32xf32>) -> tensor<32xf32>
    %99 = stablehlo.slice %62 [3:4, 0:1, 0:1, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %101 = stablehlo.reshape %100 : (tensor<1x32xf32>) -> tensor<32xf32>
    %102 = stablehlo.slice %62 [3:4, 0:1, 1:2, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %104 = stablehlo.reshape %103 : (tensor<1x32xf32>) -> tensor<32xf32>
    %105 = stablehlo.slice %62 [3:4, 0:1, 2:3, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %107 = stablehlo.reshape %106 : (tensor<1x32xf32>) -> tensor<32xf32>
    %108 = stablehlo.slice %62 [3:4, 0:1, 3:4, 0:32] : (tensor<4x1x4x32xf32>) -> tensor<1x1x1x32xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x1x1x32xf32>) -> tensor<1x32xf32>
    %110 = stablehlo.reshape %109 : (tensor<1x32xf32>) -> tensor<32xf32>
    %cst_5 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %111 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %112 = stablehlo.divide %16, %111 : tensor<32xf32>
    %113 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %114 = stablehlo.add %112, %65 : tensor<32xf32>
    %cst_6 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %115 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %116 = stablehlo.divide %114, %115 : tensor<32xf32>
    %117 = call @_where_1(%113, %116, %112) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %118 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %119 = call @_where_1(%113, %118, %114) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %120 = chlo.square %117 : tensor<32xf32> -> tensor<32xf32>
    %cst_8 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %121 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %122 = stablehlo.divide %19, %121 : tensor<32xf32>
    %123 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %124 = stablehlo.add %122, %68 : tensor<32xf32>
    %cst_9 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %125 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %126 = stablehlo.divide %124, %125 : tensor<32xf32>
    %127 = call @_where_1(%123, %126, %122) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %128 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %129 = call @_where_1(%123, %128, %124) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %130 = chlo.square %127 : tensor<32xf32> -> tensor<32xf32>
    %131 = stablehlo.add %120, %130 : tensor<32xf32>
    %cst_11 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %132 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %133 = stablehlo.divide %22, %132 : tensor<32xf32>
    %134 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %135 = stablehlo.add %133, %71 : tensor<32xf32>
    %cst_12 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %136 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %137 = stablehlo.divide %135, %136 : tensor<32xf32>
    %138 = call @_where_1(%134, %137, %133) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %139 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %140 = call @_where_1(%134, %139, %135) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %141 = chlo.square %138 : tensor<32xf32> -> tensor<32xf32>
    %142 = stablehlo.add %131, %141 : tensor<32xf32>
    %cst_14 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %143 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %144 = stablehlo.divide %25, %143 : tensor<32xf32>
    %145 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %146 = stablehlo.add %144, %74 : tensor<32xf32>
    %cst_15 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %147 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %148 = stablehlo.divide %146, %147 : tensor<32xf32>
    %149 = call @_where_1(%145, %148, %144) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %150 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %151 = call @_where_1(%145, %150, %146) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %152 = chlo.square %149 : tensor<32xf32> -> tensor<32xf32>
    %153 = stablehlo.add %142, %152 : tensor<32xf32>
    %cst_17 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %154 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %155 = stablehlo.divide %28, %154 : tensor<32xf32>
    %156 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %157 = stablehlo.add %155, %77 : tensor<32xf32>
    %cst_18 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %158 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %159 = stablehlo.divide %157, %158 : tensor<32xf32>
    %160 = call @_where_1(%156, %159, %155) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %161 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %162 = call @_where_1(%156, %161, %157) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %163 = chlo.square %160 : tensor<32xf32> -> tensor<32xf32>
    %164 = stablehlo.add %153, %163 : tensor<32xf32>
    %cst_20 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %165 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %166 = stablehlo.divide %31, %165 : tensor<32xf32>
    %167 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %168 = stablehlo.add %166, %80 : tensor<32xf32>
    %cst_21 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %169 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %170 = stablehlo.divide %168, %169 : tensor<32xf32>
    %171 = call @_where_1(%167, %170, %166) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %172 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %173 = call @_where_1(%167, %172, %168) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %174 = chlo.square %171 : tensor<32xf32> -> tensor<32xf32>
    %175 = stablehlo.add %164, %174 : tensor<32xf32>
    %cst_23 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %176 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %177 = stablehlo.divide %34, %176 : tensor<32xf32>
    %178 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %179 = stablehlo.add %177, %83 : tensor<32xf32>
    %cst_24 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %180 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %181 = stablehlo.divide %179, %180 : tensor<32xf32>
    %182 = call @_where_1(%178, %181, %177) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %183 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %184 = call @_where_1(%178, %183, %179) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %185 = chlo.square %182 : tensor<32xf32> -> tensor<32xf32>
    %186 = stablehlo.add %175, %185 : tensor<32xf32>
    %cst_26 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %187 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %188 = stablehlo.divide %37, %187 : tensor<32xf32>
    %189 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %190 = stablehlo.add %188, %86 : tensor<32xf32>
    %cst_27 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %191 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %192 = stablehlo.divide %190, %191 : tensor<32xf32>
    %193 = call @_where_1(%189, %192, %188) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %194 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %195 = call @_where_1(%189, %194, %190) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %196 = chlo.square %193 : tensor<32xf32> -> tensor<32xf32>
    %197 = stablehlo.add %186, %196 : tensor<32xf32>
    %cst_29 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %198 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %199 = stablehlo.divide %40, %198 : tensor<32xf32>
    %200 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %201 = stablehlo.add %199, %89 : tensor<32xf32>
    %cst_30 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %202 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %203 = stablehlo.divide %201, %202 : tensor<32xf32>
    %204 = call @_where_1(%200, %203, %199) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %205 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %206 = call @_where_1(%200, %205, %201) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %207 = chlo.square %204 : tensor<32xf32> -> tensor<32xf32>
    %208 = stablehlo.add %197, %207 : tensor<32xf32>
    %cst_32 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %209 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %210 = stablehlo.divide %43, %209 : tensor<32xf32>
    %211 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %212 = stablehlo.add %210, %92 : tensor<32xf32>
    %cst_33 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %213 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %214 = stablehlo.divide %212, %213 : tensor<32xf32>
    %215 = call @_where_1(%211, %214, %210) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %216 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %217 = call @_where_1(%211, %216, %212) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %218 = chlo.square %215 : tensor<32xf32> -> tensor<32xf32>
    %219 = stablehlo.add %208, %218 : tensor<32xf32>
    %cst_35 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %220 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %221 = stablehlo.divide %46, %220 : tensor<32xf32>
    %222 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %223 = stablehlo.add %221, %95 : tensor<32xf32>
    %cst_36 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %225 = stablehlo.divide %223, %224 : tensor<32xf32>
    %226 = call @_where_1(%222, %225, %221) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_37 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %227 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %228 = call @_where_1(%222, %227, %223) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %229 = chlo.square %226 : tensor<32xf32> -> tensor<32xf32>
    %230 = stablehlo.add %219, %229 : tensor<32xf32>
    %cst_38 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %231 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %232 = stablehlo.divide %49, %231 : tensor<32xf32>
    %233 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %234 = stablehlo.add %232, %98 : tensor<32xf32>
    %cst_39 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %235 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %236 = stablehlo.divide %234, %235 : tensor<32xf32>
    %237 = call @_where_1(%233, %236, %232) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %238 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %239 = call @_where_1(%233, %238, %234) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %240 = chlo.square %237 : tensor<32xf32> -> tensor<32xf32>
    %241 = stablehlo.add %230, %240 : tensor<32xf32>
    %cst_41 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %242 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %243 = stablehlo.divide %52, %242 : tensor<32xf32>
    %244 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %245 = stablehlo.add %243, %101 : tensor<32xf32>
    %cst_42 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %247 = stablehlo.divide %245, %246 : tensor<32xf32>
    %248 = call @_where_1(%244, %247, %243) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %249 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %250 = call @_where_1(%244, %249, %245) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %251 = chlo.square %248 : tensor<32xf32> -> tensor<32xf32>
    %252 = stablehlo.add %241, %251 : tensor<32xf32>
    %cst_44 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %253 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %254 = stablehlo.divide %55, %253 : tensor<32xf32>
    %255 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %256 = stablehlo.add %254, %104 : tensor<32xf32>
    %cst_45 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %258 = stablehlo.divide %256, %257 : tensor<32xf32>
    %259 = call @_where_1(%255, %258, %254) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %260 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %261 = call @_where_1(%255, %260, %256) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %262 = chlo.square %259 : tensor<32xf32> -> tensor<32xf32>
    %263 = stablehlo.add %252, %262 : tensor<32xf32>
    %cst_47 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %264 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %265 = stablehlo.divide %58, %264 : tensor<32xf32>
    %266 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %267 = stablehlo.add %265, %107 : tensor<32xf32>
    %cst_48 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %269 = stablehlo.divide %267, %268 : tensor<32xf32>
    %270 = call @_where_1(%266, %269, %265) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %271 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %272 = call @_where_1(%266, %271, %267) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %273 = chlo.square %270 : tensor<32xf32> -> tensor<32xf32>
    %274 = stablehlo.add %263, %273 : tensor<32xf32>
    %cst_50 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %275 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %276 = stablehlo.divide %61, %275 : tensor<32xf32>
    %277 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<32xi1>
    %278 = stablehlo.add %276, %110 : tensor<32xf32>
    %cst_51 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %280 = stablehlo.divide %278, %279 : tensor<32xf32>
    %281 = call @_where_1(%277, %280, %276) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %282 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<32xf32>
    %283 = call @_where_1(%277, %282, %278) : (tensor<32xi1>, tensor<32xf32>, tensor<32xf32>) -> tensor<32xf32>
    %284 = chlo.square %281 : tensor<32xf32> -> tensor<32xf32>
    %285 = stablehlo.add %274, %284 : tensor<32xf32>
    %286 = stablehlo.optimization_barrier %285 : tensor<32xf32>
    %cst_53 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %287 = stablehlo.reduce(%286 init: %cst_53) applies stablehlo.add across dimensions = [0] : (tensor<32xf32>, tensor<f32>) -> tensor<f32>
    %288 = stablehlo.optimization_barrier %287 : tensor<f32>
    %289 = stablehlo.broadcast_in_dim %288, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_54 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %290 = stablehlo.reduce(%289 init: %cst_54) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %291 = stablehlo.sqrt %290 : tensor<f32>
    %cst_55 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %292 = stablehlo.divide %cst_55, %291 : tensor<f32>
    %cst_56 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %293 = stablehlo.minimum %292, %cst_56 : tensor<f32>
    %cst_57 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %294 = stablehlo.multiply %cst_57, %293 : tensor<f32>
    %295 = stablehlo.bitcast_convert %291 : (tensor<f32>) -> tensor<i32>
    %c_58 = stablehlo.constant dense<2139095040> : tensor<i32>
    %296 = stablehlo.and %295, %c_58 : tensor<i32>
    %c_59 = stablehlo.constant dense<2139095040> : tensor<i32>
    %297 = stablehlo.compare NE, %296, %c_59, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst_60 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %298 = call @_where_2(%297, %294, %cst_60) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %299 = stablehlo.broadcast_in_dim %298, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %300 = stablehlo.multiply %10, %299 : tensor<512xf32>
    %301 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<512xi1>
    %c_61 = stablehlo.constant dense<1> : tensor<i32>
    %302 = stablehlo.add %0, %c_61 : tensor<i32>
    %303 = stablehlo.convert %302 : (tensor<i32>) -> tensor<f32>
    %cst_62 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %304 = stablehlo.abs %cst_62 : tensor<f32>
    %305 = stablehlo.power %304, %303 : tensor<f32>
    %306 = stablehlo.floor %303 : tensor<f32>
    %307 = stablehlo.compare EQ, %306, %303, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %308 = stablehlo.abs %303 : tensor<f32>
    %c_63 = stablehlo.constant dense<2> : tensor<i32>
    %309 = call @remainder_3(%308, %c_63) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_64 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %310 = stablehlo.compare EQ, %309, %cst_64, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %311 = stablehlo.and %307, %310 : tensor<i1>
    %cst_65 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_66 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %312 = stablehlo.compare LT, %cst_65, %cst_66, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %313 = stablehlo.and %312, %311 : tensor<i1>
    %314 = stablehlo.negate %305 : tensor<f32>
    %315 = call @_where_2(%313, %314, %305) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_67 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_68 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %316 = stablehlo.compare LT, %cst_67, %cst_68, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %317 = stablehlo.not %307 : tensor<i1>
    %318 = stablehlo.and %316, %317 : tensor<i1>
    %cst_69 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %319 = stablehlo.power %cst_69, %303 : tensor<f32>
    %320 = call @_where_2(%318, %319, %315) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %321 = stablehlo.compare EQ, %303, %cst_70, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_71 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %322 = call @_where_2(%321, %cst_71, %320) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_72 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %323 = stablehlo.abs %cst_72 : tensor<f32>
    %324 = stablehlo.power %323, %303 : tensor<f32>
    %325 = stablehlo.floor %303 : tensor<f32>
    %326 = stablehlo.compare EQ, %325, %303, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %327 = stablehlo.abs %303 : tensor<f32>
    %c_73 = stablehlo.constant dense<2> : tensor<i32>
    %328 = call @remainder_3(%327, %c_73) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_74 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %329 = stablehlo.compare EQ, %328, %cst_74, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %330 = stablehlo.and %326, %329 : tensor<i1>
    %cst_75 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %331 = stablehlo.compare LT, %cst_75, %cst_76, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %332 = stablehlo.and %331, %330 : tensor<i1>
    %333 = stablehlo.negate %324 : tensor<f32>
    %334 = call @_where_2(%332, %333, %324) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_77 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_78 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %335 = stablehlo.compare LT, %cst_77, %cst_78, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %336 = stablehlo.not %326 : tensor<i1>
    %337 = stablehlo.and %335, %336 : tensor<i1>
    %cst_79 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %338 = stablehlo.power %cst_79, %303 : tensor<f32>
    %339 = call @_where_2(%337, %338, %334) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_80 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %340 = stablehlo.compare EQ, %303, %cst_80, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_81 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %341 = call @_where_2(%340, %cst_81, %339) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_82 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %342 = stablehlo.subtract %cst_82, %341 : tensor<f32>
    %343 = stablehlo.sqrt %342 : tensor<f32>
    %344 = stablehlo.multiply %arg6, %343 : tensor<f32>
    %cst_83 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %345 = stablehlo.subtract %cst_83, %322 : tensor<f32>
    %346 = stablehlo.divide %344, %345 : tensor<f32>
    %347 = stablehlo.subtract %300, %arg2 : tensor<512xf32>
    %cst_84 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %348 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %349 = stablehlo.multiply %347, %348 : tensor<512xf32>
    %350 = stablehlo.add %arg2, %349 : tensor<512xf32>
    %351 = call @_where_0(%301, %350, %arg2) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %352 = chlo.square %300 : tensor<512xf32> -> tensor<512xf32>
    %353 = stablehlo.subtract %352, %arg3 : tensor<512xf32>
    %cst_85 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %354 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %355 = stablehlo.multiply %353, %354 : tensor<512xf32>
    %356 = stablehlo.add %arg3, %355 : tensor<512xf32>
    %357 = call @_where_0(%301, %356, %arg3) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %358 = stablehlo.broadcast_in_dim %346, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %359 = stablehlo.multiply %351, %358 : tensor<512xf32>
    %360 = stablehlo.sqrt %357 : tensor<512xf32>
    %cst_86 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %361 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %362 = stablehlo.add %360, %361 : tensor<512xf32>
    %363 = stablehlo.divide %359, %362 : tensor<512xf32>
    %364 = stablehlo.subtract %arg1, %363 : tensor<512xf32>
    %365 = call @_where_0(%301, %364, %arg1) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %366 = call @_where_0(%301, %365, %arg1) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %c_87 = stablehlo.constant dense<1> : tensor<i32>
    %367 = stablehlo.add %arg0, %c_87 : tensor<i32>
    return %367, %366, %351, %357, %12 : tensor<i32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>
  }
  func.func private @floor_divide(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %1 = stablehlo.divide %arg0, %0 : tensor<i32>
    %2 = stablehlo.sign %arg0 : tensor<i32>
    %3 = stablehlo.sign %0 : tensor<i32>
    %4 = stablehlo.compare NE, %2, %3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %5 = stablehlo.remainder %arg0, %0 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare NE, %5, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.and %4, %6 : tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %8 = stablehlo.subtract %1, %c_0 : tensor<i32>
    %9 = call @_where(%7, %8, %1) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    return %9 : tensor<i32>
  }
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
  func.func private @remainder(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
    %3 = stablehlo.remainder %arg0, %2 : tensor<i32>
    %c_1 = stablehlo.constant dense<0> : tensor<i32>
    %4 = stablehlo.compare NE, %3, %c_1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_2 = stablehlo.constant dense<0> : tensor<i32>
    %5 = stablehlo.compare LT, %3, %c_2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_3 = stablehlo.constant dense<0> : tensor<i32>
    %6 = stablehlo.compare LT, %2, %c_3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %7 = stablehlo.compare NE, %5, %6, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %8 = stablehlo.and %7, %4 : tensor<i1>
    %9 = stablehlo.add %3, %2 : tensor<i32>
    %10 = stablehlo.select %8, %9, %3 : tensor<i1>, tensor<i32>
    return %10 : tensor<i32>
  }
  func.func private @_where_0(%arg0: tensor<512xi1>, %arg1: tensor<512xf32>, %arg2: tensor<512xf32>) -> tensor<512xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<512xi1>, tensor<512xf32>
    return %0 : tensor<512xf32>
  }
  func.func private @_where_1(%arg0: tensor<32xi1>, %arg1: tensor<32xf32>, %arg2: tensor<32xf32>) -> tensor<32xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<32xi1>, tensor<32xf32>
    return %0 : tensor<32xf32>
  }
  func.func private @_where_2(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @remainder_3(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
    %0 = stablehlo.convert %arg1 : (tensor<i32>) -> tensor<f32>
    %1 = stablehlo.remainder %arg0, %0 : tensor<f32>
    %cst = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %2 = stablehlo.compare NE, %1, %cst, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %3 = stablehlo.compare LT, %1, %cst_0, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_1 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %4 = stablehlo.compare LT, %0, %cst_1, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %5 = stablehlo.compare NE, %3, %4, UNSIGNED : (tensor<i1>, tensor<i1>) -> tensor<i1>
    %6 = stablehlo.and %5, %2 : tensor<i1>
    %7 = stablehlo.add %1, %0 : tensor<f32>
    %8 = stablehlo.select %6, %7, %1 : tensor<i1>, tensor<f32>
    return %8 : tensor<f32>
  }
}
