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
    %13 = stablehlo.reshape %arg5 : (tensor<512xf32>) -> tensor<8x1x4x16xf32>
    %14 = stablehlo.slice %13 [0:1, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %15 = stablehlo.reshape %14 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %16 = stablehlo.reshape %15 : (tensor<1x16xf32>) -> tensor<16xf32>
    %17 = stablehlo.slice %13 [0:1, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %18 = stablehlo.reshape %17 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %19 = stablehlo.reshape %18 : (tensor<1x16xf32>) -> tensor<16xf32>
    %20 = stablehlo.slice %13 [0:1, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %21 = stablehlo.reshape %20 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %22 = stablehlo.reshape %21 : (tensor<1x16xf32>) -> tensor<16xf32>
    %23 = stablehlo.slice %13 [0:1, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %24 = stablehlo.reshape %23 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %25 = stablehlo.reshape %24 : (tensor<1x16xf32>) -> tensor<16xf32>
    %26 = stablehlo.slice %13 [1:2, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %27 = stablehlo.reshape %26 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %28 = stablehlo.reshape %27 : (tensor<1x16xf32>) -> tensor<16xf32>
    %29 = stablehlo.slice %13 [1:2, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %30 = stablehlo.reshape %29 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %31 = stablehlo.reshape %30 : (tensor<1x16xf32>) -> tensor<16xf32>
    %32 = stablehlo.slice %13 [1:2, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %33 = stablehlo.reshape %32 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %34 = stablehlo.reshape %33 : (tensor<1x16xf32>) -> tensor<16xf32>
    %35 = stablehlo.slice %13 [1:2, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %36 = stablehlo.reshape %35 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %37 = stablehlo.reshape %36 : (tensor<1x16xf32>) -> tensor<16xf32>
    %38 = stablehlo.slice %13 [2:3, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %39 = stablehlo.reshape %38 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %40 = stablehlo.reshape %39 : (tensor<1x16xf32>) -> tensor<16xf32>
    %41 = stablehlo.slice %13 [2:3, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %42 = stablehlo.reshape %41 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %43 = stablehlo.reshape %42 : (tensor<1x16xf32>) -> tensor<16xf32>
    %44 = stablehlo.slice %13 [2:3, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %45 = stablehlo.reshape %44 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %46 = stablehlo.reshape %45 : (tensor<1x16xf32>) -> tensor<16xf32>
    %47 = stablehlo.slice %13 [2:3, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %48 = stablehlo.reshape %47 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %49 = stablehlo.reshape %48 : (tensor<1x16xf32>) -> tensor<16xf32>
    %50 = stablehlo.slice %13 [3:4, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %51 = stablehlo.reshape %50 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %52 = stablehlo.reshape %51 : (tensor<1x16xf32>) -> tensor<16xf32>
    %53 = stablehlo.slice %13 [3:4, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %54 = stablehlo.reshape %53 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %55 = stablehlo.reshape %54 : (tensor<1x16xf32>) -> tensor<16xf32>
    %56 = stablehlo.slice %13 [3:4, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %57 = stablehlo.reshape %56 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %58 = stablehlo.reshape %57 : (tensor<1x16xf32>) -> tensor<16xf32>
    %59 = stablehlo.slice %13 [3:4, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %60 = stablehlo.reshape %59 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %61 = stablehlo.reshape %60 : (tensor<1x16xf32>) -> tensor<16xf32>
    %62 = stablehlo.slice %13 [4:5, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %63 = stablehlo.reshape %62 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %64 = stablehlo.reshape %63 : (tensor<1x16xf32>) -> tensor<16xf32>
    %65 = stablehlo.slice %13 [4:5, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %66 = stablehlo.reshape %65 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %67 = stablehlo.reshape %66 : (tensor<1x16xf32>) -> tensor<16xf32>
    %68 = stablehlo.slice %13 [4:5, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %69 = stablehlo.reshape %68 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %70 = stablehlo.reshape %69 : (tensor<1x16xf32>) -> tensor<16xf32>
    %71 = stablehlo.slice %13 [4:5, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %72 = stablehlo.reshape %71 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %73 = stablehlo.reshape %72 : (tensor<1x16xf32>) -> tensor<16xf32>
    %74 = stablehlo.slice %13 [5:6, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %75 = stablehlo.reshape %74 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %76 = stablehlo.reshape %75 : (tensor<1x16xf32>) -> tensor<16xf32>
    %77 = stablehlo.slice %13 [5:6, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %78 = stablehlo.reshape %77 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %79 = stablehlo.reshape %78 : (tensor<1x16xf32>) -> tensor<16xf32>
    %80 = stablehlo.slice %13 [5:6, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %81 = stablehlo.reshape %80 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %82 = stablehlo.reshape %81 : (tensor<1x16xf32>) -> tensor<16xf32>
    %83 = stablehlo.slice %13 [5:6, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %84 = stablehlo.reshape %83 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %85 = stablehlo.reshape %84 : (tensor<1x16xf32>) -> tensor<16xf32>
    %86 = stablehlo.slice %13 [6:7, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %87 = stablehlo.reshape %86 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %88 = stablehlo.reshape %87 : (tensor<1x16xf32>) -> tensor<16xf32>
    %89 = stablehlo.slice %13 [6:7, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %90 = stablehlo.reshape %89 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %91 = stablehlo.reshape %90 : (tensor<1x16xf32>) -> tensor<16xf32>
    %92 = stablehlo.slice %13 [6:7, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %93 = stablehlo.reshape %92 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %94 = stablehlo.reshape %93 : (tensor<1x16xf32>) -> tensor<16xf32>
    %95 = stablehlo.slice %13 [6:7, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %96 = stablehlo.reshape %95 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %97 = stablehlo.reshape %96 : (tensor<1x16xf32>) -> tensor<16xf32>
    %98 = stablehlo.slice %13 [7:8, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %99 = stablehlo.reshape %98 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %100 = stablehlo.reshape %99 : (tensor<1x16xf32>) -> tensor<16xf32>
    %101 = stablehlo.slice %13 [7:8, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %102 = stablehlo.reshape %101 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %103 = stablehlo.reshape %102 : (tensor<1x16xf32>) -> tensor<16xf32>
    %104 = stablehlo.slice %13 [7:8, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %105 = stablehlo.reshape %104 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %106 = stablehlo.reshape %105 : (tensor<1x16xf32>) -> tensor<16xf32>
    %107 = stablehlo.slice %13 [7:8, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %108 = stablehlo.reshape %107 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %109 = stablehlo.reshape %108 : (tensor<1x16xf32>) -> tensor<16xf32>
    %110 = stablehlo.reshape %arg4 : (tensor<512xf32>) -> tensor<8x1x4x16xf32>
    %111 = stablehlo.slice %110 [0:1, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %112 = stablehlo.reshape %111 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %113 = stablehlo.reshape %112 : (tensor<1x16xf32>) -> tensor<16xf32>
    %114 = stablehlo.slice %110 [0:1, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %115 = stablehlo.reshape %114 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %116 = stablehlo.reshape %115 : (tensor<1x16xf32>) -> tensor<16xf32>
    %117 = stablehlo.slice %110 [0:1, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %118 = stablehlo.reshape %117 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %119 = stablehlo.reshape %118 : (tensor<1x16xf32>) -> tensor<16xf32>
    %120 = stablehlo.slice %110 [0:1, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %121 = stablehlo.reshape %120 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %122 = stablehlo.reshape %121 : (tensor<1x16xf32>) -> tensor<16xf32>
    %123 = stablehlo.slice %110 [1:2, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %124 = stablehlo.reshape %123 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %125 = stablehlo.reshape %124 : (tensor<1x16xf32>) -> tensor<16xf32>
    %126 = stablehlo.slice %110 [1:2, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %127 = stablehlo.reshape %126 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %128 = stablehlo.reshape %127 : (tensor<1x16xf32>) -> tensor<16xf32>
    %129 = stablehlo.slice %110 [1:2, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %130 = stablehlo.reshape %129 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %131 = stablehlo.reshape %130 : (tensor<1x16xf32>) -> tensor<16xf32>
    %132 = stablehlo.slice %110 [1:2, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %133 = stablehlo.reshape %132 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %134 = stablehlo.reshape %133 : (tensor<1x16xf32>) -> tensor<16xf32>
    %135 = stablehlo.slice %110 [2:3, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %136 = stablehlo.reshape %135 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %137 = stablehlo.reshape %136 : (tensor<1x16xf32>) -> tensor<16xf32>
    %138 = stablehlo.slice %110 [2:3, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %139 = stablehlo.reshape %138 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %140 = stablehlo.reshape %139 : (tensor<1x16xf32>) -> tensor<16xf32>
    %141 = stablehlo.slice %110 [2:3, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %142 = stablehlo.reshape %141 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %143 = stablehlo.reshape %142 : (tensor<1x16xf32>) -> tensor<16xf32>
    %144 = stablehlo.slice %110 [2:3, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %145 = stablehlo.reshape %144 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %146 = stablehlo.reshape %145 : (tensor<1x16xf32>) -> tensor<16xf32>
    %147 = stablehlo.slice %110 [3:4, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %148 = stablehlo.reshape %147 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %149 = stablehlo.reshape %148 : (tensor<1x16xf32>) -> tensor<16xf32>
    %150 = stablehlo.slice %110 [3:4, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %151 = stablehlo.reshape %150 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %152 = stablehlo.reshape %151 : (tensor<1x16xf32>) -> tensor<16xf32>
    %153 = stablehlo.slice %110 [3:4, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %154 = stablehlo.reshape %153 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %155 = stablehlo.reshape %154 : (tensor<1x16xf32>) -> tensor<16xf32>
    %156 = stablehlo.slice %110 [3:4, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %157 = stablehlo.reshape %156 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %158 = stablehlo.reshape %157 : (tensor<1x16xf32>) -> tensor<16xf32>
    %159 = stablehlo.slice %110 [4:5, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %160 = stablehlo.reshape %159 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %161 = stablehlo.reshape %160 : (tensor<1x16xf32>) -> tensor<16xf32>
    %162 = stablehlo.slice %110 [4:5, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %163 = stablehlo.reshape %162 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %164 = stablehlo.reshape %163 : (tensor<1x16xf32>) -> tensor<16xf32>
    %165 = stablehlo.slice %110 [4:5, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %166 = stablehlo.reshape %165 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %167 = stablehlo.reshape %166 : (tensor<1x16xf32>) -> tensor<16xf32>
    %168 = stablehlo.slice %110 [4:5, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %169 = stablehlo.reshape %168 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %170 = stablehlo.reshape %169 : (tensor<1x16xf32>) -> tensor<16xf32>
    %171 = stablehlo.slice %110 [5:6, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %172 = stablehlo.reshape %171 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %173 = stablehlo.reshape %172 : (tensor<1x16xf32>) -> tensor<16xf32>
    %174 = stablehlo.slice %110 [5:6, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %175 = stablehlo.reshape %174 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %176 = stablehlo.reshape %175 : (tensor<1x16xf32>) -> tensor<16xf32>
    %177 = stablehlo.slice %110 [5:6, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %178 = stablehlo.reshape %177 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %179 = stablehlo.reshape %178 : (tensor<1x16xf32>) -> tensor<16xf32>
    %180 = stablehlo.slice %110 [5:6, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %181 = stablehlo.reshape %180 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %182 = stablehlo.reshape %181 : (tensor<1x16xf32>) -> tensor<16xf32>
    %183 = stablehlo.slice %110 [6:7, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %184 = stablehlo.reshape %183 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %185 = stablehlo.reshape %184 : (tensor<1x16xf32>) -> tensor<16xf32>
    %186 = stablehlo.slice %110 [6:7, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %187 = stablehlo.reshape %186 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %188 = stablehlo.reshape %187 : (tensor<1x16xf32>) -> tensor<16xf32>
    %189 = stablehlo.slice %110 [6:7, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %190 = stablehlo.reshape %189 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %191 = stablehlo.reshape %190 : (tensor<1x16xf32>) -> tensor<16xf32>
    %192 = stablehlo.slice %110 [6:7, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %193 = stablehlo.reshape %192 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %194 = stablehlo.reshape %193 : (tensor<1x16xf32>) -> tensor<16xf32>
    %195 = stablehlo.slice %110 [7:8, 0:1, 0:1, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %196 = stablehlo.reshape %195 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %197 = stablehlo.reshape %196 : (tensor<1x16xf32>) -> tensor<16xf32>
    %198 = stablehlo.slice %110 [7:8, 0:1, 1:2, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %199 = stablehlo.reshape %198 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %200 = stablehlo.reshape %199 : (tensor<1x16xf32>) -> tensor<16xf32>
    %201 = stablehlo.slice %110 [7:8, 0:1, 2:3, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %202 = stablehlo.reshape %201 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %203 = stablehlo.reshape %202 : (tensor<1x16xf32>) -> tensor<16xf32>
    %204 = stablehlo.slice %110 [7:8, 0:1, 3:4, 0:16] : (tensor<8x1x4x16xf32>) -> tensor<1x1x1x16xf32>
    %205 = stablehlo.reshape %204 : (tensor<1x1x1x16xf32>) -> tensor<1x16xf32>
    %206 = stablehlo.reshape %205 : (tensor<1x16xf32>) -> tensor<16xf32>
    %cst_5 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %207 = stablehlo.broadcast_in_dim %cst_5, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %208 = stablehlo.divide %16, %207 : tensor<16xf32>
    %209 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %210 = stablehlo.add %208, %113 : tensor<16xf32>
    %cst_6 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %211 = stablehlo.broadcast_in_dim %cst_6, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %212 = stablehlo.divide %210, %211 : tensor<16xf32>
    %213 = call @_where_1(%209, %212, %208) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_7 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %214 = stablehlo.broadcast_in_dim %cst_7, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %215 = call @_where_1(%209, %214, %210) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %216 = chlo.square %213 : tensor<16xf32> -> tensor<16xf32>
    %cst_8 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %217 = stablehlo.broadcast_in_dim %cst_8, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %218 = stablehlo.divide %19, %217 : tensor<16xf32>
    %219 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %220 = stablehlo.add %218, %116 : tensor<16xf32>
    %cst_9 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %221 = stablehlo.broadcast_in_dim %cst_9, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %222 = stablehlo.divide %220, %221 : tensor<16xf32>
    %223 = call @_where_1(%219, %222, %218) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_10 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %224 = stablehlo.broadcast_in_dim %cst_10, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %225 = call @_where_1(%219, %224, %220) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %226 = chlo.square %223 : tensor<16xf32> -> tensor<16xf32>
    %227 = stablehlo.add %216, %226 : tensor<16xf32>
    %cst_11 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %228 = stablehlo.broadcast_in_dim %cst_11, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %229 = stablehlo.divide %22, %228 : tensor<16xf32>
    %230 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %231 = stablehlo.add %229, %119 : tensor<16xf32>
    %cst_12 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %232 = stablehlo.broadcast_in_dim %cst_12, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %233 = stablehlo.divide %231, %232 : tensor<16xf32>
    %234 = call @_where_1(%230, %233, %229) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_13 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %235 = stablehlo.broadcast_in_dim %cst_13, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %236 = call @_where_1(%230, %235, %231) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %237 = chlo.square %234 : tensor<16xf32> -> tensor<16xf32>
    %238 = stablehlo.add %227, %237 : tensor<16xf32>
    %cst_14 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %239 = stablehlo.broadcast_in_dim %cst_14, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %240 = stablehlo.divide %25, %239 : tensor<16xf32>
    %241 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %242 = stablehlo.add %240, %122 : tensor<16xf32>
    %cst_15 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %243 = stablehlo.broadcast_in_dim %cst_15, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %244 = stablehlo.divide %242, %243 : tensor<16xf32>
    %245 = call @_where_1(%241, %244, %240) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %246 = stablehlo.broadcast_in_dim %cst_16, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %247 = call @_where_1(%241, %246, %242) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %248 = chlo.square %245 : tensor<16xf32> -> tensor<16xf32>
    %249 = stablehlo.add %238, %248 : tensor<16xf32>
    %cst_17 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %250 = stablehlo.broadcast_in_dim %cst_17, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %251 = stablehlo.divide %28, %250 : tensor<16xf32>
    %252 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %253 = stablehlo.add %251, %125 : tensor<16xf32>
    %cst_18 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %254 = stablehlo.broadcast_in_dim %cst_18, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %255 = stablehlo.divide %253, %254 : tensor<16xf32>
    %256 = call @_where_1(%252, %255, %251) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_19 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %257 = stablehlo.broadcast_in_dim %cst_19, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %258 = call @_where_1(%252, %257, %253) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %259 = chlo.square %256 : tensor<16xf32> -> tensor<16xf32>
    %260 = stablehlo.add %249, %259 : tensor<16xf32>
    %cst_20 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %261 = stablehlo.broadcast_in_dim %cst_20, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %262 = stablehlo.divide %31, %261 : tensor<16xf32>
    %263 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %264 = stablehlo.add %262, %128 : tensor<16xf32>
    %cst_21 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %265 = stablehlo.broadcast_in_dim %cst_21, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %266 = stablehlo.divide %264, %265 : tensor<16xf32>
    %267 = call @_where_1(%263, %266, %262) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_22 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %268 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %269 = call @_where_1(%263, %268, %264) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %270 = chlo.square %267 : tensor<16xf32> -> tensor<16xf32>
    %271 = stablehlo.add %260, %270 : tensor<16xf32>
    %cst_23 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %272 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %273 = stablehlo.divide %34, %272 : tensor<16xf32>
    %274 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %275 = stablehlo.add %273, %131 : tensor<16xf32>
    %cst_24 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %276 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %277 = stablehlo.divide %275, %276 : tensor<16xf32>
    %278 = call @_where_1(%274, %277, %273) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_25 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %279 = stablehlo.broadcast_in_dim %cst_25, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %280 = call @_where_1(%274, %279, %275) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %281 = chlo.square %278 : tensor<16xf32> -> tensor<16xf32>
    %282 = stablehlo.add %271, %281 : tensor<16xf32>
    %cst_26 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %283 = stablehlo.broadcast_in_dim %cst_26, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %284 = stablehlo.divide %37, %283 : tensor<16xf32>
    %285 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %286 = stablehlo.add %284, %134 : tensor<16xf32>
    %cst_27 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %287 = stablehlo.broadcast_in_dim %cst_27, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %288 = stablehlo.divide %286, %287 : tensor<16xf32>
    %289 = call @_where_1(%285, %288, %284) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_28 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %290 = stablehlo.broadcast_in_dim %cst_28, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %291 = call @_where_1(%285, %290, %286) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %292 = chlo.square %289 : tensor<16xf32> -> tensor<16xf32>
    %293 = stablehlo.add %282, %292 : tensor<16xf32>
    %cst_29 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %294 = stablehlo.broadcast_in_dim %cst_29, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %295 = stablehlo.divide %40, %294 : tensor<16xf32>
    %296 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %297 = stablehlo.add %295, %137 : tensor<16xf32>
    %cst_30 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %298 = stablehlo.broadcast_in_dim %cst_30, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %299 = stablehlo.divide %297, %298 : tensor<16xf32>
    %300 = call @_where_1(%296, %299, %295) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_31 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %301 = stablehlo.broadcast_in_dim %cst_31, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %302 = call @_where_1(%296, %301, %297) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %303 = chlo.square %300 : tensor<16xf32> -> tensor<16xf32>
    %304 = stablehlo.add %293, %303 : tensor<16xf32>
    %cst_32 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %305 = stablehlo.broadcast_in_dim %cst_32, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %306 = stablehlo.divide %43, %305 : tensor<16xf32>
    %307 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %308 = stablehlo.add %306, %140 : tensor<16xf32>
    %cst_33 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %309 = stablehlo.broadcast_in_dim %cst_33, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %310 = stablehlo.divide %308, %309 : tensor<16xf32>
    %311 = call @_where_1(%307, %310, %306) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_34 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %312 = stablehlo.broadcast_in_dim %cst_34, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %313 = call @_where_1(%307, %312, %308) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %314 = chlo.square %311 : tensor<16xf32> -> tensor<16xf32>
    %315 = stablehlo.add %304, %314 : tensor<16xf32>
    %cst_35 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %316 = stablehlo.broadcast_in_dim %cst_35, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %317 = stablehlo.divide %46, %316 : tensor<16xf32>
    %318 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %319 = stablehlo.add %317, %143 : tensor<16xf32>
    %cst_36 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %320 = stablehlo.broadcast_in_dim %cst_36, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %321 = stablehlo.divide %319, %320 : tensor<16xf32>
    %322 = call @_where_1(%318, %321, %317) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_37 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %323 = stablehlo.broadcast_in_dim %cst_37, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %324 = call @_where_1(%318, %323, %319) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %325 = chlo.square %322 : tensor<16xf32> -> tensor<16xf32>
    %326 = stablehlo.add %315, %325 : tensor<16xf32>
    %cst_38 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %327 = stablehlo.broadcast_in_dim %cst_38, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %328 = stablehlo.divide %49, %327 : tensor<16xf32>
    %329 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %330 = stablehlo.add %328, %146 : tensor<16xf32>
    %cst_39 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %331 = stablehlo.broadcast_in_dim %cst_39, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %332 = stablehlo.divide %330, %331 : tensor<16xf32>
    %333 = call @_where_1(%329, %332, %328) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %334 = stablehlo.broadcast_in_dim %cst_40, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %335 = call @_where_1(%329, %334, %330) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %336 = chlo.square %333 : tensor<16xf32> -> tensor<16xf32>
    %337 = stablehlo.add %326, %336 : tensor<16xf32>
    %cst_41 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %338 = stablehlo.broadcast_in_dim %cst_41, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %339 = stablehlo.divide %52, %338 : tensor<16xf32>
    %340 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %341 = stablehlo.add %339, %149 : tensor<16xf32>
    %cst_42 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %342 = stablehlo.broadcast_in_dim %cst_42, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %343 = stablehlo.divide %341, %342 : tensor<16xf32>
    %344 = call @_where_1(%340, %343, %339) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_43 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %345 = stablehlo.broadcast_in_dim %cst_43, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %346 = call @_where_1(%340, %345, %341) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %347 = chlo.square %344 : tensor<16xf32> -> tensor<16xf32>
    %348 = stablehlo.add %337, %347 : tensor<16xf32>
    %cst_44 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %349 = stablehlo.broadcast_in_dim %cst_44, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %350 = stablehlo.divide %55, %349 : tensor<16xf32>
    %351 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %352 = stablehlo.add %350, %152 : tensor<16xf32>
    %cst_45 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %353 = stablehlo.broadcast_in_dim %cst_45, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %354 = stablehlo.divide %352, %353 : tensor<16xf32>
    %355 = call @_where_1(%351, %354, %350) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %356 = stablehlo.broadcast_in_dim %cst_46, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %357 = call @_where_1(%351, %356, %352) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %358 = chlo.square %355 : tensor<16xf32> -> tensor<16xf32>
    %359 = stablehlo.add %348, %358 : tensor<16xf32>
    %cst_47 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %360 = stablehlo.broadcast_in_dim %cst_47, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %361 = stablehlo.divide %58, %360 : tensor<16xf32>
    %362 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %363 = stablehlo.add %361, %155 : tensor<16xf32>
    %cst_48 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %364 = stablehlo.broadcast_in_dim %cst_48, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %365 = stablehlo.divide %363, %364 : tensor<16xf32>
    %366 = call @_where_1(%362, %365, %361) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_49 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %367 = stablehlo.broadcast_in_dim %cst_49, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %368 = call @_where_1(%362, %367, %363) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %369 = chlo.square %366 : tensor<16xf32> -> tensor<16xf32>
    %370 = stablehlo.add %359, %369 : tensor<16xf32>
    %cst_50 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %371 = stablehlo.broadcast_in_dim %cst_50, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %372 = stablehlo.divide %61, %371 : tensor<16xf32>
    %373 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %374 = stablehlo.add %372, %158 : tensor<16xf32>
    %cst_51 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %375 = stablehlo.broadcast_in_dim %cst_51, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %376 = stablehlo.divide %374, %375 : tensor<16xf32>
    %377 = call @_where_1(%373, %376, %372) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_52 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %378 = stablehlo.broadcast_in_dim %cst_52, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %379 = call @_where_1(%373, %378, %374) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %380 = chlo.square %377 : tensor<16xf32> -> tensor<16xf32>
    %381 = stablehlo.add %370, %380 : tensor<16xf32>
    %cst_53 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %382 = stablehlo.broadcast_in_dim %cst_53, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %383 = stablehlo.divide %64, %382 : tensor<16xf32>
    %384 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %385 = stablehlo.add %383, %161 : tensor<16xf32>
    %cst_54 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %386 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %387 = stablehlo.divide %385, %386 : tensor<16xf32>
    %388 = call @_where_1(%384, %387, %383) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_55 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %389 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %390 = call @_where_1(%384, %389, %385) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %391 = chlo.square %388 : tensor<16xf32> -> tensor<16xf32>
    %392 = stablehlo.add %381, %391 : tensor<16xf32>
    %cst_56 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %393 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %394 = stablehlo.divide %67, %393 : tensor<16xf32>
    %395 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %396 = stablehlo.add %394, %164 : tensor<16xf32>
    %cst_57 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %397 = stablehlo.broadcast_in_dim %cst_57, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %398 = stablehlo.divide %396, %397 : tensor<16xf32>
    %399 = call @_where_1(%395, %398, %394) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_58 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %400 = stablehlo.broadcast_in_dim %cst_58, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %401 = call @_where_1(%395, %400, %396) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %402 = chlo.square %399 : tensor<16xf32> -> tensor<16xf32>
    %403 = stablehlo.add %392, %402 : tensor<16xf32>
    %cst_59 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %404 = stablehlo.broadcast_in_dim %cst_59, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %405 = stablehlo.divide %70, %404 : tensor<16xf32>
    %406 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %407 = stablehlo.add %405, %167 : tensor<16xf32>
    %cst_60 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %408 = stablehlo.broadcast_in_dim %cst_60, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %409 = stablehlo.divide %407, %408 : tensor<16xf32>
    %410 = call @_where_1(%406, %409, %405) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_61 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %411 = stablehlo.broadcast_in_dim %cst_61, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %412 = call @_where_1(%406, %411, %407) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %413 = chlo.square %410 : tensor<16xf32> -> tensor<16xf32>
    %414 = stablehlo.add %403, %413 : tensor<16xf32>
    %cst_62 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %415 = stablehlo.broadcast_in_dim %cst_62, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %416 = stablehlo.divide %73, %415 : tensor<16xf32>
    %417 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %418 = stablehlo.add %416, %170 : tensor<16xf32>
    %cst_63 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %419 = stablehlo.broadcast_in_dim %cst_63, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %420 = stablehlo.divide %418, %419 : tensor<16xf32>
    %421 = call @_where_1(%417, %420, %416) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_64 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %422 = stablehlo.broadcast_in_dim %cst_64, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %423 = call @_where_1(%417, %422, %418) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %424 = chlo.square %421 : tensor<16xf32> -> tensor<16xf32>
    %425 = stablehlo.add %414, %424 : tensor<16xf32>
    %cst_65 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %426 = stablehlo.broadcast_in_dim %cst_65, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %427 = stablehlo.divide %76, %426 : tensor<16xf32>
    %428 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %429 = stablehlo.add %427, %173 : tensor<16xf32>
    %cst_66 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %430 = stablehlo.broadcast_in_dim %cst_66, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %431 = stablehlo.divide %429, %430 : tensor<16xf32>
    %432 = call @_where_1(%428, %431, %427) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_67 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %433 = stablehlo.broadcast_in_dim %cst_67, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %434 = call @_where_1(%428, %433, %429) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %435 = chlo.square %432 : tensor<16xf32> -> tensor<16xf32>
    %436 = stablehlo.add %425, %435 : tensor<16xf32>
    %cst_68 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %437 = stablehlo.broadcast_in_dim %cst_68, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %438 = stablehlo.divide %79, %437 : tensor<16xf32>
    %439 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %440 = stablehlo.add %438, %176 : tensor<16xf32>
    %cst_69 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %441 = stablehlo.broadcast_in_dim %cst_69, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %442 = stablehlo.divide %440, %441 : tensor<16xf32>
    %443 = call @_where_1(%439, %442, %438) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_70 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %444 = stablehlo.broadcast_in_dim %cst_70, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %445 = call @_where_1(%439, %444, %440) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %446 = chlo.square %443 : tensor<16xf32> -> tensor<16xf32>
    %447 = stablehlo.add %436, %446 : tensor<16xf32>
    %cst_71 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %448 = stablehlo.broadcast_in_dim %cst_71, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %449 = stablehlo.divide %82, %448 : tensor<16xf32>
    %450 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %451 = stablehlo.add %449, %179 : tensor<16xf32>
    %cst_72 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %452 = stablehlo.broadcast_in_dim %cst_72, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %453 = stablehlo.divide %451, %452 : tensor<16xf32>
    %454 = call @_where_1(%450, %453, %449) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_73 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %455 = stablehlo.broadcast_in_dim %cst_73, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %456 = call @_where_1(%450, %455, %451) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %457 = chlo.square %454 : tensor<16xf32> -> tensor<16xf32>
    %458 = stablehlo.add %447, %457 : tensor<16xf32>
    %cst_74 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %459 = stablehlo.broadcast_in_dim %cst_74, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %460 = stablehlo.divide %85, %459 : tensor<16xf32>
    %461 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %462 = stablehlo.add %460, %182 : tensor<16xf32>
    %cst_75 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %463 = stablehlo.broadcast_in_dim %cst_75, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %464 = stablehlo.divide %462, %463 : tensor<16xf32>
    %465 = call @_where_1(%461, %464, %460) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_76 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %466 = stablehlo.broadcast_in_dim %cst_76, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %467 = call @_where_1(%461, %466, %462) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %468 = chlo.square %465 : tensor<16xf32> -> tensor<16xf32>
    %469 = stablehlo.add %458, %468 : tensor<16xf32>
    %cst_77 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %470 = stablehlo.broadcast_in_dim %cst_77, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %471 = stablehlo.divide %88, %470 : tensor<16xf32>
    %472 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %473 = stablehlo.add %471, %185 : tensor<16xf32>
    %cst_78 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %474 = stablehlo.broadcast_in_dim %cst_78, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %475 = stablehlo.divide %473, %474 : tensor<16xf32>
    %476 = call @_where_1(%472, %475, %471) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_79 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %477 = stablehlo.broadcast_in_dim %cst_79, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %478 = call @_where_1(%472, %477, %473) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %479 = chlo.square %476 : tensor<16xf32> -> tensor<16xf32>
    %480 = stablehlo.add %469, %479 : tensor<16xf32>
    %cst_80 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %481 = stablehlo.broadcast_in_dim %cst_80, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %482 = stablehlo.divide %91, %481 : tensor<16xf32>
    %483 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %484 = stablehlo.add %482, %188 : tensor<16xf32>
    %cst_81 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %485 = stablehlo.broadcast_in_dim %cst_81, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %486 = stablehlo.divide %484, %485 : tensor<16xf32>
    %487 = call @_where_1(%483, %486, %482) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_82 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %488 = stablehlo.broadcast_in_dim %cst_82, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %489 = call @_where_1(%483, %488, %484) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %490 = chlo.square %487 : tensor<16xf32> -> tensor<16xf32>
    %491 = stablehlo.add %480, %490 : tensor<16xf32>
    %cst_83 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %492 = stablehlo.broadcast_in_dim %cst_83, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %493 = stablehlo.divide %94, %492 : tensor<16xf32>
    %494 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %495 = stablehlo.add %493, %191 : tensor<16xf32>
    %cst_84 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %496 = stablehlo.broadcast_in_dim %cst_84, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %497 = stablehlo.divide %495, %496 : tensor<16xf32>
    %498 = call @_where_1(%494, %497, %493) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_85 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %499 = stablehlo.broadcast_in_dim %cst_85, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %500 = call @_where_1(%494, %499, %495) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %501 = chlo.square %498 : tensor<16xf32> -> tensor<16xf32>
    %502 = stablehlo.add %491, %501 : tensor<16xf32>
    %cst_86 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %503 = stablehlo.broadcast_in_dim %cst_86, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %504 = stablehlo.divide %97, %503 : tensor<16xf32>
    %505 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %506 = stablehlo.add %504, %194 : tensor<16xf32>
    %cst_87 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %507 = stablehlo.broadcast_in_dim %cst_87, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %508 = stablehlo.divide %506, %507 : tensor<16xf32>
    %509 = call @_where_1(%505, %508, %504) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_88 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %510 = stablehlo.broadcast_in_dim %cst_88, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %511 = call @_where_1(%505, %510, %506) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %512 = chlo.square %509 : tensor<16xf32> -> tensor<16xf32>
    %513 = stablehlo.add %502, %512 : tensor<16xf32>
    %cst_89 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %514 = stablehlo.broadcast_in_dim %cst_89, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %515 = stablehlo.divide %100, %514 : tensor<16xf32>
    %516 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %517 = stablehlo.add %515, %197 : tensor<16xf32>
    %cst_90 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %518 = stablehlo.broadcast_in_dim %cst_90, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %519 = stablehlo.divide %517, %518 : tensor<16xf32>
    %520 = call @_where_1(%516, %519, %515) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_91 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %521 = stablehlo.broadcast_in_dim %cst_91, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %522 = call @_where_1(%516, %521, %517) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %523 = chlo.square %520 : tensor<16xf32> -> tensor<16xf32>
    %524 = stablehlo.add %513, %523 : tensor<16xf32>
    %cst_92 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %525 = stablehlo.broadcast_in_dim %cst_92, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %526 = stablehlo.divide %103, %525 : tensor<16xf32>
    %527 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %528 = stablehlo.add %526, %200 : tensor<16xf32>
    %cst_93 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %529 = stablehlo.broadcast_in_dim %cst_93, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %530 = stablehlo.divide %528, %529 : tensor<16xf32>
    %531 = call @_where_1(%527, %530, %526) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_94 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %532 = stablehlo.broadcast_in_dim %cst_94, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %533 = call @_where_1(%527, %532, %528) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %534 = chlo.square %531 : tensor<16xf32> -> tensor<16xf32>
    %535 = stablehlo.add %524, %534 : tensor<16xf32>
    %cst_95 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %536 = stablehlo.broadcast_in_dim %cst_95, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %537 = stablehlo.divide %106, %536 : tensor<16xf32>
    %538 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %539 = stablehlo.add %537, %203 : tensor<16xf32>
    %cst_96 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %540 = stablehlo.broadcast_in_dim %cst_96, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %541 = stablehlo.divide %539, %540 : tensor<16xf32>
    %542 = call @_where_1(%538, %541, %537) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_97 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %543 = stablehlo.broadcast_in_dim %cst_97, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %544 = call @_where_1(%538, %543, %539) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %545 = chlo.square %542 : tensor<16xf32> -> tensor<16xf32>
    %546 = stablehlo.add %535, %545 : tensor<16xf32>
    %cst_98 = stablehlo.constant dense<1.280000e+02> : tensor<f32>
    %547 = stablehlo.broadcast_in_dim %cst_98, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %548 = stablehlo.divide %109, %547 : tensor<16xf32>
    %549 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<16xi1>
    %550 = stablehlo.add %548, %206 : tensor<16xf32>
    %cst_99 = stablehlo.constant dense<3.000000e+00> : tensor<f32>
    %551 = stablehlo.broadcast_in_dim %cst_99, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %552 = stablehlo.divide %550, %551 : tensor<16xf32>
    %553 = call @_where_1(%549, %552, %548) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %cst_100 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %554 = stablehlo.broadcast_in_dim %cst_100, dims = [] : (tensor<f32>) -> tensor<16xf32>
    %555 = call @_where_1(%549, %554, %550) : (tensor<16xi1>, tensor<16xf32>, tensor<16xf32>) -> tensor<16xf32>
    %556 = chlo.square %553 : tensor<16xf32> -> tensor<16xf32>
    %557 = stablehlo.add %546, %556 : tensor<16xf32>
    %558 = stablehlo.optimization_barrier %557 : tensor<16xf32>
    %cst_101 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %559 = stablehlo.reduce(%558 init: %cst_101) applies stablehlo.add across dimensions = [0] : (tensor<16xf32>, tensor<f32>) -> tensor<f32>
    %560 = stablehlo.optimization_barrier %559 : tensor<f32>
    %561 = stablehlo.broadcast_in_dim %560, dims = [] : (tensor<f32>) -> tensor<1xf32>
    %cst_102 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %562 = stablehlo.reduce(%561 init: %cst_102) applies stablehlo.add across dimensions = [0] : (tensor<1xf32>, tensor<f32>) -> tensor<f32>
    %563 = stablehlo.sqrt %562 : tensor<f32>
    %cst_103 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %564 = stablehlo.divide %cst_103, %563 : tensor<f32>
    %cst_104 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %565 = stablehlo.minimum %564, %cst_104 : tensor<f32>
    %cst_105 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %566 = stablehlo.multiply %cst_105, %565 : tensor<f32>
    %567 = stablehlo.bitcast_convert %563 : (tensor<f32>) -> tensor<i32>
    %c_106 = stablehlo.constant dense<2139095040> : tensor<i32>
    %568 = stablehlo.and %567, %c_106 : tensor<i32>
    %c_107 = stablehlo.constant dense<2139095040> : tensor<i32>
    %569 = stablehlo.compare NE, %568, %c_107, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %cst_108 = stablehlo.constant dense<0x7FC00000> : tensor<f32>
    %570 = call @_where_2(%569, %566, %cst_108) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %571 = stablehlo.broadcast_in_dim %570, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %572 = stablehlo.multiply %10, %571 : tensor<512xf32>
    %573 = stablehlo.broadcast_in_dim %3, dims = [] : (tensor<i1>) -> tensor<512xi1>
    %c_109 = stablehlo.constant dense<1> : tensor<i32>
    %574 = stablehlo.add %0, %c_109 : tensor<i32>
    %575 = stablehlo.convert %574 : (tensor<i32>) -> tensor<f32>
    %cst_110 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %576 = stablehlo.abs %cst_110 : tensor<f32>
    %577 = stablehlo.power %576, %575 : tensor<f32>
    %578 = stablehlo.floor %575 : tensor<f32>
    %579 = stablehlo.compare EQ, %578, %575, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %580 = stablehlo.abs %575 : tensor<f32>
    %c_111 = stablehlo.constant dense<2> : tensor<i32>
    %581 = call @remainder_3(%580, %c_111) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_112 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %582 = stablehlo.compare EQ, %581, %cst_112, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %583 = stablehlo.and %579, %582 : tensor<i1>
    %cst_113 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_114 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %584 = stablehlo.compare LT, %cst_113, %cst_114, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %585 = stablehlo.and %584, %583 : tensor<i1>
    %586 = stablehlo.negate %577 : tensor<f32>
    %587 = call @_where_2(%585, %586, %577) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_115 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_116 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %588 = stablehlo.compare LT, %cst_115, %cst_116, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %589 = stablehlo.not %579 : tensor<i1>
    %590 = stablehlo.and %588, %589 : tensor<i1>
    %cst_117 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %591 = stablehlo.power %cst_117, %575 : tensor<f32>
    %592 = call @_where_2(%590, %591, %587) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_118 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %593 = stablehlo.compare EQ, %575, %cst_118, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_119 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %594 = call @_where_2(%593, %cst_119, %592) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_120 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %595 = stablehlo.abs %cst_120 : tensor<f32>
    %596 = stablehlo.power %595, %575 : tensor<f32>
    %597 = stablehlo.floor %575 : tensor<f32>
    %598 = stablehlo.compare EQ, %597, %575, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %599 = stablehlo.abs %575 : tensor<f32>
    %c_121 = stablehlo.constant dense<2> : tensor<i32>
    %600 = call @remainder_3(%599, %c_121) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_122 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %601 = stablehlo.compare EQ, %600, %cst_122, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %602 = stablehlo.and %598, %601 : tensor<i1>
    %cst_123 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_124 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %603 = stablehlo.compare LT, %cst_123, %cst_124, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %604 = stablehlo.and %603, %602 : tensor<i1>
    %605 = stablehlo.negate %596 : tensor<f32>
    %606 = call @_where_2(%604, %605, %596) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_125 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_126 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %607 = stablehlo.compare LT, %cst_125, %cst_126, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %608 = stablehlo.not %598 : tensor<i1>
    %609 = stablehlo.and %607, %608 : tensor<i1>
    %cst_127 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %610 = stablehlo.power %cst_127, %575 : tensor<f32>
    %611 = call @_where_2(%609, %610, %606) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_128 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %612 = stablehlo.compare EQ, %575, %cst_128, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_129 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %613 = call @_where_2(%612, %cst_129, %611) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_130 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %614 = stablehlo.subtract %cst_130, %613 : tensor<f32>
    %615 = stablehlo.sqrt %614 : tensor<f32>
    %616 = stablehlo.multiply %arg6, %615 : tensor<f32>
    %cst_131 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %617 = stablehlo.subtract %cst_131, %594 : tensor<f32>
    %618 = stablehlo.divide %616, %617 : tensor<f32>
    %619 = stablehlo.subtract %572, %arg2 : tensor<512xf32>
    %cst_132 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %620 = stablehlo.broadcast_in_dim %cst_132, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %621 = stablehlo.multiply %619, %620 : tensor<512xf32>
    %622 = stablehlo.add %arg2, %621 : tensor<512xf32>
    %623 = call @_where_0(%573, %622, %arg2) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %624 = chlo.square %572 : tensor<512xf32> -> tensor<512xf32>
    %625 = stablehlo.subtract %624, %arg3 : tensor<512xf32>
    %cst_133 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %626 = stablehlo.broadcast_in_dim %cst_133, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %627 = stablehlo.multiply %625, %626 : tensor<512xf32>
    %628 = stablehlo.add %arg3, %627 : tensor<512xf32>
    %629 = call @_where_0(%573, %628, %arg3) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %630 = stablehlo.broadcast_in_dim %618, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %631 = stablehlo.multiply %623, %630 : tensor<512xf32>
    %632 = stablehlo.sqrt %629 : tensor<512xf32>
    %cst_134 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %633 = stablehlo.broadcast_in_dim %cst_134, dims = [] : (tensor<f32>) -> tensor<512xf32>
    %634 = stablehlo.add %632, %633 : tensor<512xf32>
    %635 = stablehlo.divide %631, %634 : tensor<512xf32>
    %636 = stablehlo.subtract %arg1, %635 : tensor<512xf32>
    %637 = call @_where_0(%573, %636, %arg1) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %638 = call @_where_0(%573, %637, %arg1) : (tensor<512xi1>, tensor<512xf32>, tensor<512xf32>) -> tensor<512xf32>
    %c_135 = stablehlo.constant dense<1> : tensor<i32>
    %639 = stablehlo.add %arg0, %c_135 : tensor<i32>
    return %639, %638, %623, %629, %12 : tensor<i32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>, tensor<512xf32>
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
  func.func private @_where_1(%arg0: tensor<16xi1>, %arg1: tensor<16xf32>, %arg2: tensor<16xf32>) -> tensor<16xf32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<16xi1>, tensor<16xf32>
    return %0 : tensor<16xf32>
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
