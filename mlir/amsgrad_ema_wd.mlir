module @adam_iree attributes {mhlo.num_partitions = 1 : i32, mhlo.num_replicas = 1 : i32} {
  func.func public @step(%arg0: tensor<i32>, %arg1: tensor<12xf32> {tf.aliasing_output = 1 : i32}, %arg2: tensor<12xf32> {tf.aliasing_output = 2 : i32}, %arg3: tensor<12xf32> {tf.aliasing_output = 3 : i32}, %arg4: tensor<12xf32> {tf.aliasing_output = 4 : i32}, %arg5: tensor<12xf32> {tf.aliasing_output = 5 : i32}, %arg6: tensor<3xf32> {tf.aliasing_output = 6 : i32}, %arg7: tensor<3xf32> {tf.aliasing_output = 7 : i32}, %arg8: tensor<3xf32> {tf.aliasing_output = 8 : i32}, %arg9: tensor<3xf32> {tf.aliasing_output = 9 : i32}, %arg10: tensor<3xf32> {tf.aliasing_output = 10 : i32}, %arg11: tensor<12xf32>, %arg12: tensor<3xf32>, %arg13: tensor<f32>, %arg14: tensor<i32> {iree.abi.output = 0 : index}) -> (tensor<i32> {jax.result_info = "result[0]"}, tensor<12xf32> {jax.result_info = "result[1]"}, tensor<12xf32> {jax.result_info = "result[2]"}, tensor<12xf32> {jax.result_info = "result[3]"}, tensor<12xf32> {jax.result_info = "result[4]"}, tensor<12xf32> {jax.result_info = "result[5]"}, tensor<3xf32> {jax.result_info = "result[6]"}, tensor<3xf32> {jax.result_info = "result[7]"}, tensor<3xf32> {jax.result_info = "result[8]"}, tensor<3xf32> {jax.result_info = "result[9]"}, tensor<3xf32> {jax.result_info = "result[10]"}) {
    %cst = stablehlo.constant dense<4.000000e-03> : tensor<f32>
    %0 = stablehlo.broadcast_in_dim %cst, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %1 = stablehlo.multiply %arg1, %0 : tensor<12xf32>
    %2 = stablehlo.broadcast_in_dim %arg13, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %3 = stablehlo.multiply %1, %2 : tensor<12xf32>
    %4 = stablehlo.subtract %arg1, %3 : tensor<12xf32>
    %c = stablehlo.constant dense<1> : tensor<i32>
    %5 = stablehlo.add %arg0, %c : tensor<i32>
    %6 = stablehlo.convert %5 : (tensor<i32>) -> tensor<f32>
    %cst_0 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %7 = stablehlo.abs %cst_0 : tensor<f32>
    %8 = stablehlo.power %7, %6 : tensor<f32>
    %9 = stablehlo.floor %6 : tensor<f32>
    %10 = stablehlo.compare EQ, %9, %6, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %11 = stablehlo.abs %6 : tensor<f32>
    %c_1 = stablehlo.constant dense<2> : tensor<i32>
    %12 = call @remainder(%11, %c_1) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_2 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %13 = stablehlo.compare EQ, %12, %cst_2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %14 = stablehlo.and %10, %13 : tensor<i1>
    %cst_3 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_4 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %15 = stablehlo.compare LT, %cst_3, %cst_4, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %16 = stablehlo.and %15, %14 : tensor<i1>
    %17 = stablehlo.negate %8 : tensor<f32>
    %18 = call @_where(%16, %17, %8) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_5 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_6 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %19 = stablehlo.compare LT, %cst_5, %cst_6, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %20 = stablehlo.not %10 : tensor<i1>
    %21 = stablehlo.and %19, %20 : tensor<i1>
    %cst_7 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %22 = stablehlo.power %cst_7, %6 : tensor<f32>
    %23 = call @_where(%21, %22, %18) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_8 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %24 = stablehlo.compare EQ, %6, %cst_8, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_9 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %25 = call @_where(%24, %cst_9, %23) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_10 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %26 = stablehlo.abs %cst_10 : tensor<f32>
    %27 = stablehlo.power %26, %6 : tensor<f32>
    %28 = stablehlo.floor %6 : tensor<f32>
    %29 = stablehlo.compare EQ, %28, %6, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %30 = stablehlo.abs %6 : tensor<f32>
    %c_11 = stablehlo.constant dense<2> : tensor<i32>
    %31 = call @remainder(%30, %c_11) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_12 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %32 = stablehlo.compare EQ, %31, %cst_12, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %33 = stablehlo.and %29, %32 : tensor<i1>
    %cst_13 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_14 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %34 = stablehlo.compare LT, %cst_13, %cst_14, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %35 = stablehlo.and %34, %33 : tensor<i1>
    %36 = stablehlo.negate %27 : tensor<f32>
    %37 = call @_where(%35, %36, %27) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_15 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_16 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %38 = stablehlo.compare LT, %cst_15, %cst_16, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %39 = stablehlo.not %29 : tensor<i1>
    %40 = stablehlo.and %38, %39 : tensor<i1>
    %cst_17 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %41 = stablehlo.power %cst_17, %6 : tensor<f32>
    %42 = call @_where(%40, %41, %37) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_18 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %43 = stablehlo.compare EQ, %6, %cst_18, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_19 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %44 = call @_where(%43, %cst_19, %42) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_20 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %45 = stablehlo.subtract %cst_20, %44 : tensor<f32>
    %46 = stablehlo.sqrt %45 : tensor<f32>
    %47 = stablehlo.multiply %arg13, %46 : tensor<f32>
    %cst_21 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %48 = stablehlo.subtract %cst_21, %25 : tensor<f32>
    %49 = stablehlo.divide %47, %48 : tensor<f32>
    %50 = stablehlo.subtract %arg11, %arg2 : tensor<12xf32>
    %cst_22 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %51 = stablehlo.broadcast_in_dim %cst_22, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %52 = stablehlo.multiply %50, %51 : tensor<12xf32>
    %53 = stablehlo.add %arg2, %52 : tensor<12xf32>
    %54 = chlo.square %arg11 : tensor<12xf32> -> tensor<12xf32>
    %55 = stablehlo.subtract %54, %arg3 : tensor<12xf32>
    %cst_23 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %56 = stablehlo.broadcast_in_dim %cst_23, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %57 = stablehlo.multiply %55, %56 : tensor<12xf32>
    %58 = stablehlo.add %arg3, %57 : tensor<12xf32>
    %59 = stablehlo.maximum %arg4, %58 : tensor<12xf32>
    %60 = stablehlo.broadcast_in_dim %49, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %61 = stablehlo.multiply %53, %60 : tensor<12xf32>
    %62 = stablehlo.sqrt %59 : tensor<12xf32>
    %cst_24 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %63 = stablehlo.broadcast_in_dim %cst_24, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %64 = stablehlo.add %62, %63 : tensor<12xf32>
    %65 = stablehlo.divide %61, %64 : tensor<12xf32>
    %66 = stablehlo.subtract %4, %65 : tensor<12xf32>
    %c_25 = stablehlo.constant dense<0> : tensor<i32>
    %67 = stablehlo.compare NE, %arg0, %c_25, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %68 = stablehlo.convert %67 : (tensor<i1>) -> tensor<f32>
    %cst_26 = stablehlo.constant dense<9.900000e-01> : tensor<f32>
    %69 = stablehlo.multiply %68, %cst_26 : tensor<f32>
    %70 = stablehlo.broadcast_in_dim %69, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %71 = stablehlo.multiply %70, %arg5 : tensor<12xf32>
    %cst_27 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %72 = stablehlo.subtract %cst_27, %69 : tensor<f32>
    %73 = stablehlo.broadcast_in_dim %72, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %74 = stablehlo.multiply %73, %66 : tensor<12xf32>
    %75 = stablehlo.add %71, %74 : tensor<12xf32>
    %c_28 = stablehlo.constant dense<1> : tensor<i32>
    %76 = stablehlo.add %arg0, %c_28 : tensor<i32>
    %c_29 = stablehlo.constant dense<3> : tensor<i32>
    %77 = call @remainder_0(%76, %c_29) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_30 = stablehlo.constant dense<0> : tensor<i32>
    %78 = stablehlo.compare EQ, %77, %c_30, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %79 = stablehlo.convert %78 : (tensor<i1>) -> tensor<f32>
    %80 = stablehlo.broadcast_in_dim %79, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %81 = stablehlo.multiply %75, %80 : tensor<12xf32>
    %82 = stablehlo.not %78 : tensor<i1>
    %83 = stablehlo.convert %82 : (tensor<i1>) -> tensor<f32>
    %84 = stablehlo.broadcast_in_dim %83, dims = [] : (tensor<f32>) -> tensor<12xf32>
    %85 = stablehlo.multiply %66, %84 : tensor<12xf32>
    %86 = stablehlo.add %81, %85 : tensor<12xf32>
    %c_31 = stablehlo.constant dense<1> : tensor<i32>
    %87 = stablehlo.add %arg0, %c_31 : tensor<i32>
    %88 = stablehlo.convert %87 : (tensor<i32>) -> tensor<f32>
    %cst_32 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %89 = stablehlo.abs %cst_32 : tensor<f32>
    %90 = stablehlo.power %89, %88 : tensor<f32>
    %91 = stablehlo.floor %88 : tensor<f32>
    %92 = stablehlo.compare EQ, %91, %88, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %93 = stablehlo.abs %88 : tensor<f32>
    %c_33 = stablehlo.constant dense<2> : tensor<i32>
    %94 = call @remainder(%93, %c_33) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_34 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %95 = stablehlo.compare EQ, %94, %cst_34, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %96 = stablehlo.and %92, %95 : tensor<i1>
    %cst_35 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_36 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %97 = stablehlo.compare LT, %cst_35, %cst_36, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %98 = stablehlo.and %97, %96 : tensor<i1>
    %99 = stablehlo.negate %90 : tensor<f32>
    %100 = call @_where(%98, %99, %90) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_37 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %cst_38 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %101 = stablehlo.compare LT, %cst_37, %cst_38, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %102 = stablehlo.not %92 : tensor<i1>
    %103 = stablehlo.and %101, %102 : tensor<i1>
    %cst_39 = stablehlo.constant dense<0.899999976> : tensor<f32>
    %104 = stablehlo.power %cst_39, %88 : tensor<f32>
    %105 = call @_where(%103, %104, %100) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_40 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %106 = stablehlo.compare EQ, %88, %cst_40, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_41 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %107 = call @_where(%106, %cst_41, %105) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_42 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %108 = stablehlo.abs %cst_42 : tensor<f32>
    %109 = stablehlo.power %108, %88 : tensor<f32>
    %110 = stablehlo.floor %88 : tensor<f32>
    %111 = stablehlo.compare EQ, %110, %88, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %112 = stablehlo.abs %88 : tensor<f32>
    %c_43 = stablehlo.constant dense<2> : tensor<i32>
    %113 = call @remainder(%112, %c_43) : (tensor<f32>, tensor<i32>) -> tensor<f32>
    %cst_44 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %114 = stablehlo.compare EQ, %113, %cst_44, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %115 = stablehlo.and %111, %114 : tensor<i1>
    %cst_45 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_46 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %116 = stablehlo.compare LT, %cst_45, %cst_46, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %117 = stablehlo.and %116, %115 : tensor<i1>
    %118 = stablehlo.negate %109 : tensor<f32>
    %119 = call @_where(%117, %118, %109) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_47 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %cst_48 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %120 = stablehlo.compare LT, %cst_47, %cst_48, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %121 = stablehlo.not %111 : tensor<i1>
    %122 = stablehlo.and %120, %121 : tensor<i1>
    %cst_49 = stablehlo.constant dense<9.990000e-01> : tensor<f32>
    %123 = stablehlo.power %cst_49, %88 : tensor<f32>
    %124 = call @_where(%122, %123, %119) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_50 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %125 = stablehlo.compare EQ, %88, %cst_50, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
    %cst_51 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %126 = call @_where(%125, %cst_51, %124) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
    %cst_52 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %127 = stablehlo.subtract %cst_52, %126 : tensor<f32>
    %128 = stablehlo.sqrt %127 : tensor<f32>
    %129 = stablehlo.multiply %arg13, %128 : tensor<f32>
    %cst_53 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %130 = stablehlo.subtract %cst_53, %107 : tensor<f32>
    %131 = stablehlo.divide %129, %130 : tensor<f32>
    %132 = stablehlo.subtract %arg12, %arg7 : tensor<3xf32>
    %cst_54 = stablehlo.constant dense<1.000000e-01> : tensor<f32>
    %133 = stablehlo.broadcast_in_dim %cst_54, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %134 = stablehlo.multiply %132, %133 : tensor<3xf32>
    %135 = stablehlo.add %arg7, %134 : tensor<3xf32>
    %136 = chlo.square %arg12 : tensor<3xf32> -> tensor<3xf32>
    %137 = stablehlo.subtract %136, %arg8 : tensor<3xf32>
    %cst_55 = stablehlo.constant dense<1.000000e-03> : tensor<f32>
    %138 = stablehlo.broadcast_in_dim %cst_55, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %139 = stablehlo.multiply %137, %138 : tensor<3xf32>
    %140 = stablehlo.add %arg8, %139 : tensor<3xf32>
    %141 = stablehlo.maximum %arg9, %140 : tensor<3xf32>
    %142 = stablehlo.broadcast_in_dim %131, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %143 = stablehlo.multiply %135, %142 : tensor<3xf32>
    %144 = stablehlo.sqrt %141 : tensor<3xf32>
    %cst_56 = stablehlo.constant dense<1.000000e-07> : tensor<f32>
    %145 = stablehlo.broadcast_in_dim %cst_56, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %146 = stablehlo.add %144, %145 : tensor<3xf32>
    %147 = stablehlo.divide %143, %146 : tensor<3xf32>
    %148 = stablehlo.subtract %arg6, %147 : tensor<3xf32>
    %c_57 = stablehlo.constant dense<0> : tensor<i32>
    %149 = stablehlo.compare NE, %arg0, %c_57, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %150 = stablehlo.convert %149 : (tensor<i1>) -> tensor<f32>
    %cst_58 = stablehlo.constant dense<9.900000e-01> : tensor<f32>
    %151 = stablehlo.multiply %150, %cst_58 : tensor<f32>
    %152 = stablehlo.broadcast_in_dim %151, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %153 = stablehlo.multiply %152, %arg10 : tensor<3xf32>
    %cst_59 = stablehlo.constant dense<1.000000e+00> : tensor<f32>
    %154 = stablehlo.subtract %cst_59, %151 : tensor<f32>
    %155 = stablehlo.broadcast_in_dim %154, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %156 = stablehlo.multiply %155, %148 : tensor<3xf32>
    %157 = stablehlo.add %153, %156 : tensor<3xf32>
    %c_60 = stablehlo.constant dense<1> : tensor<i32>
    %158 = stablehlo.add %arg0, %c_60 : tensor<i32>
    %c_61 = stablehlo.constant dense<3> : tensor<i32>
    %159 = call @remainder_0(%158, %c_61) : (tensor<i32>, tensor<i32>) -> tensor<i32>
    %c_62 = stablehlo.constant dense<0> : tensor<i32>
    %160 = stablehlo.compare EQ, %159, %c_62, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %161 = stablehlo.convert %160 : (tensor<i1>) -> tensor<f32>
    %162 = stablehlo.broadcast_in_dim %161, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %163 = stablehlo.multiply %157, %162 : tensor<3xf32>
    %164 = stablehlo.not %160 : tensor<i1>
    %165 = stablehlo.convert %164 : (tensor<i1>) -> tensor<f32>
    %166 = stablehlo.broadcast_in_dim %165, dims = [] : (tensor<f32>) -> tensor<3xf32>
    %167 = stablehlo.multiply %148, %166 : tensor<3xf32>
    %168 = stablehlo.add %163, %167 : tensor<3xf32>
    %c_63 = stablehlo.constant dense<1> : tensor<i32>
    %169 = stablehlo.add %arg0, %c_63 : tensor<i32>
    return %169, %86, %53, %58, %59, %75, %168, %135, %140, %141, %157 : tensor<i32>, tensor<12xf32>, tensor<12xf32>, tensor<12xf32>, tensor<12xf32>, tensor<12xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
  }
  func.func private @remainder(%arg0: tensor<f32>, %arg1: tensor<i32>) -> tensor<f32> {
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
  func.func private @_where(%arg0: tensor<i1>, %arg1: tensor<f32>, %arg2: tensor<f32>) -> tensor<f32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<f32>
    return %0 : tensor<f32>
  }
  func.func private @remainder_0(%arg0: tensor<i32>, %arg1: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.convert %arg1 : tensor<i32>
    %c = stablehlo.constant dense<0> : tensor<i32>
    %1 = stablehlo.compare EQ, %0, %c, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    %c_0 = stablehlo.constant dense<1> : tensor<i32>
    %2 = call @_where_1(%1, %c_0, %0) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
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
  func.func private @_where_1(%arg0: tensor<i1>, %arg1: tensor<i32>, %arg2: tensor<i32>) -> tensor<i32> {
    %0 = stablehlo.select %arg0, %arg1, %arg2 : tensor<i1>, tensor<i32>
    return %0 : tensor<i32>
  }
}
